/** The console page's entry (vite.config.ts `console` mode → dist/console/): not part of the drop-in. */
import 'uplot/dist/uPlot.min.css';
import './console.css';
import './console-app.js';
