/**
 * The React 19 example (built by `npm run build` into dist/react-example/, served at /dist/react-example/index.html).
 * A React app uses the npm package: the elements are registered by importing them, before React renders, so React
 * 19 sees their properties and passes objects as properties, strings as attributes. In this repository the Vite
 * build maps `m4a-widgets` to the sources.
 */
import { createRoot } from 'react-dom/client';
import { configStore } from 'm4a-widgets';
import 'm4a-widgets/define/event-list.js';
import 'm4a-widgets/define/signup-form.js';
import '../demo.css';
import { App } from './app.jsx';

// The npm equivalent of the page's config block: one REST backend, the reference server's API on this origin.
configStore.configure({ backends: { main: { type: 'rest', url: '/api' } } });

createRoot(document.getElementById('app')).render(<App />);
