import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { configStore } from '../src/core/config.js';

// Controls and docs come from the components' own JSDoc, through the custom-elements manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Widget language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'es', title: 'Español' }], dynamicTitle: true },
    },
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    viewport: { options: { phone: { name: 'Phone (320 px)', styles: { width: '320px', height: '640px' } } } },
  },
  decorators: [
    (story, context) => {
      const { locale, theme } = context.globals as { locale: 'en' | 'es'; theme: 'light' | 'dark' };
      // Widgets follow <html lang> unless the story sets lang itself.
      document.documentElement.lang = locale;
      configStore.configure({});
      const dark = theme === 'dark';
      requestAnimationFrame(() => {
        for (const el of document.querySelectorAll('#storybook-root *, #storybook-docs *')) {
          if (el.localName.startsWith('m4a-') && !el.hasAttribute('data-story-theme')) el.setAttribute('theme', theme);
        }
      });
      return html`<div style="padding:1rem;${dark ? 'background:#0d1117;color:#e6edf3;' : ''}">${story()}</div>`;
    },
  ],
};
export default preview;
