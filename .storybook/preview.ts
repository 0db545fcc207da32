import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { docsPage } from './docs-page.js';
import { BACKGROUNDS, FONTS, hostPage } from './host-page.js';
import { descriptionOf, keepManifestNames, publicArgTypes, type Manifest } from './manifest-argtypes.js';

// Docs and controls come from the components' own JSDoc, through the custom-elements manifest.
setCustomElementsManifest(manifest);
const cem = manifest as unknown as Manifest;

const items = (o: Record<string, { title: string }>) =>
  Object.entries(o).map(([value, { title }]) => ({ value, title }));

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Widget language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Widget theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    font: {
      description: "The host page's font, which widgets inherit",
      toolbar: { title: 'Page font', icon: 'paragraph', items: items(FONTS), dynamicTitle: true },
    },
    page: {
      description: "The host page's background",
      toolbar: { title: 'Page', icon: 'paintbrush', items: items(BACKGROUNDS), dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', font: 'sans', page: 'auto' },
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      page: docsPage(cem),
      extractArgTypes: (tag: string) => publicArgTypes(cem, tag),
      extractComponentDescription: (tag: string) => descriptionOf(cem, tag),
    },
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    viewport: {
      options: {
        phone: { name: 'Phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
  },
  argTypesEnhancers: [keepManifestNames(cem)],
  decorators: [hostPage(cem)],
};
export default preview;
