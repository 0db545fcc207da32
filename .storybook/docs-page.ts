/**
 * Every widget's Docs page: what it is (from the manifest), the live example with its controls, the snippet a
 * partner pastes, then every story. Written with createElement so .storybook needs no JSX setup.
 */
import {
  Controls,
  Description,
  Heading,
  Markdown,
  Primary,
  Source,
  Stories,
  Subtitle,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import { createElement as h } from 'react';
import { declarationOf, type Manifest } from './manifest-argtypes.js';

const SCRIPT = 'https://YOUR-HOST/dist/m4a-widgets.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The drop-in script, a REST backend in the page config, and the element with the story's non-default settings. */
export function snippetOf(manifest: Manifest, tag: string, args: Record<string, unknown>): string {
  const d = declarationOf(manifest, tag);
  const attrs: string[] = [];
  if (typeof args['lang'] === 'string' && args['lang']) attrs.push(`lang="${escape(args['lang'])}"`);
  for (const a of d?.attributes ?? []) {
    const value = a.fieldName ? args[a.fieldName] : undefined;
    if (a.name === 'backend' || value === undefined || value === '' || value === false || typeof value === 'object')
      continue;
    attrs.push(value === true ? a.name : `${a.name}="${escape(String(value))}"`);
  }
  const tokens = Object.entries(args).filter(([k, v]) => k.startsWith('--') && v);
  return [
    `<script type="module" src="${SCRIPT}"></script>`,
    '<script type="application/json" id="m4a-config">',
    '  { "backends": { "main": { "type": "rest", "url": "https://YOUR-HOST/api" } } }',
    '</script>',
    ...(tokens.length
      ? [`<style>\n  ${tag} { ${tokens.map(([k, v]) => `${k}: ${String(v)};`).join(' ')} }\n</style>`]
      : []),
    '',
    `<${tag}${attrs.map((a) => ` ${a}`).join('')}></${tag}>`,
  ].join('\n');
}

function Snippet({ manifest }: { manifest: Manifest }) {
  // In a component's Docs page, 'story' is its first (primary) story.
  const { story } = useOf('story', ['story']);
  return h(Source, {
    code: snippetOf(manifest, String(story.component ?? ''), story.initialArgs),
    language: 'html',
    dark: true,
  });
}

export function docsPage(manifest: Manifest) {
  return function WidgetDocs() {
    return h(
      'div',
      null,
      h(Title),
      h(Subtitle),
      h(Description),
      h(Primary),
      h(Heading, null, 'Paste on your page'),
      h(
        Markdown,
        null,
        'One script for every widget; each element loads its code when it appears. Replace `YOUR-HOST`.',
      ),
      h(Snippet, { manifest }),
      h(Heading, null, 'Attributes, events, slots, parts and tokens'),
      h(
        Markdown,
        null,
        'Change any control: the example above updates. CSS custom properties are set on the page around the widget, as a partner would.',
      ),
      h(Controls),
      h(Stories, { title: 'Every state' }),
    );
  };
}
