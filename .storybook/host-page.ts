/**
 * The page a widget sits on: the host page's font and background chosen from the toolbar, the widget theme, and
 * the designer's controls applied to the story's element. Widgets inherit the page's font (`--m4a-font-family:
 * inherit`), so every stack ends in fonts installed on the CI machine (.ci/run): the screenshots of the visual
 * suite never depend on the browser's default font.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { configStore } from '../src/core/config.js';
import { actionArgOf, declarationOf, type Manifest } from './manifest-argtypes.js';

export const FONTS = {
  sans: {
    title: 'System sans',
    stack:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", Arial, sans-serif',
  },
  serif: { title: 'Serif (Georgia)', stack: 'Georgia, Cambria, "Liberation Serif", "Times New Roman", Times, serif' },
  wordpress: {
    // Twenty Twenty-One, the theme test/wordpress runs, whose stack many WordPress themes share.
    title: 'WordPress (Twenty Twenty-One)',
    stack:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen-Sans, Ubuntu, Cantarell, "Helvetica Neue", ' +
      '"DejaVu Sans", sans-serif',
  },
} as const;

export const BACKGROUNDS = {
  auto: { title: 'Page follows the theme', color: '' },
  light: { title: 'Light page', color: '#ffffff' },
  dark: { title: 'Dark page', color: '#0d1117' },
  brand: { title: 'Brand colour page', color: '#7a1f3d' },
} as const;

type Globals = {
  locale: 'en' | 'es';
  theme: 'light' | 'dark';
  font: keyof typeof FONTS;
  page: keyof typeof BACKGROUNDS;
};

const hostColor = (page: Globals['page'], theme: Globals['theme']) =>
  BACKGROUNDS[page === 'auto' ? (theme === 'dark' ? 'dark' : 'light') : page].color;

const unset = (v: unknown) => v === undefined || v === null || v === '' || v === false;

/**
 * Sets what the designer changed in Controls on the story's element, as a partner would in HTML: attributes for
 * settings that have one, properties for the others. Args the story itself started with are its own to render.
 */
function applyArgs(
  el: HTMLElement,
  manifest: Manifest,
  args: Record<string, unknown>,
  initial: Record<string, unknown>,
) {
  const d = declarationOf(manifest, el.localName);
  if (!d) return;
  const changed = (key: string) => key in args && args[key] !== initial[key];
  if (changed('lang')) {
    if (unset(args['lang'])) el.removeAttribute('lang');
    else el.setAttribute('lang', String(args['lang']));
  }
  for (const m of d.members ?? []) {
    if (m.kind !== 'field' || !changed(m.name)) continue;
    const value = args[m.name];
    const attribute = d.attributes?.find((a) => a.fieldName === m.name)?.name;
    if (attribute && typeof value !== 'object') {
      if (unset(value)) el.removeAttribute(attribute);
      else el.setAttribute(attribute, value === true ? '' : String(value));
    } else (el as unknown as Record<string, unknown>)[m.name] = value;
  }
}

const listening = new WeakSet<Element>();

/** Logs the element's events in the Actions panel, with their detail. */
function logEvents(el: HTMLElement, manifest: Manifest, args: Record<string, unknown>) {
  if (listening.has(el)) return;
  listening.add(el);
  for (const e of declarationOf(manifest, el.localName)?.events ?? []) {
    const log = args[actionArgOf(e.name)];
    if (typeof log === 'function') el.addEventListener(e.name, (event) => log((event as CustomEvent).detail ?? event));
  }
}

export function hostPage(manifest: Manifest): Decorator {
  return (story, context) => {
    const { locale, theme, font, page } = context.globals as Globals;
    // Widgets follow <html lang> unless the story sets lang itself.
    document.documentElement.lang = locale;
    configStore.configure({});
    const background = hostColor(page, theme);
    const onDark = background !== '#ffffff';
    const tokens = Object.entries(context.args)
      .filter(([k, v]) => k.startsWith('--') && !unset(v))
      .map(([k, v]) => `${k}:${String(v)};`)
      .join('');
    if (context.viewMode === 'story') document.body.style.background = background;
    const attach = (host: Element | undefined) => {
      if (!host) return;
      requestAnimationFrame(() => {
        for (const el of host.querySelectorAll<HTMLElement>('*')) {
          if (!el.localName.startsWith('m4a-')) continue;
          if (!el.hasAttribute('data-story-theme')) el.setAttribute('theme', theme);
          logEvents(el, manifest, context.args);
          if (el.localName === context.component) applyArgs(el, manifest, context.args, context.initialArgs);
        }
      });
    };
    return html`<div
      class="m4a-host-page"
      ${ref(attach)}
      style="padding:1rem;font-family:${FONTS[font].stack};background:${background};color:${onDark ? '#f6f8fa' : '#1f2328'};${tokens}"
    >
      ${story()}
    </div>`;
  };
}
