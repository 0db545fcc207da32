/**
 * Turns the builder's choices into what a partner pastes: the page config, each element's attributes, the theme
 * tokens, and the snippet text. The preview is drawn from the very same functions, so it shows what the snippet does.
 */
import { CONFIG_ELEMENT_ID, type PageConfig } from '../core/config.js';
import { isHexColor, onAccent } from './contrast.js';
import { MOBILIZE_BASE_URL } from '../shared/calendar/mobilize-url.js';
import { WIDGETS, type BuilderState, type Tag } from './model.js';

/** Name of the one backend the builder configures. */
export const BACKEND_NAME = 'main';

/** A comma-separated list of font names, quoted or not: nothing that could end the CSS declaration it goes in. */
const FONT_NAME = String.raw`\s*(?:"[^"\\;{}<>\n\r]*"|'[^'\\;{}<>\n\r]*'|[\p{L}\p{N} _-]+)\s*`;
const FONT_LIST = new RegExp(`^${FONT_NAME}(?:,${FONT_NAME})*$`, 'u');
export const isSafeFontFamily = (s: string): boolean => s.length <= 200 && FONT_LIST.test(s);

export const RADIUS_MAX = 48;
export const isRadius = (s: string): boolean => /^\d{1,2}$/.test(s) && Number(s) <= RADIUS_MAX;

/** A digits-only id as the number Mobilize uses (when exactly representable); anything else as typed. */
function organizationId(raw: string): number | string {
  const id = raw.trim();
  return /^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : id;
}

/** The backend entry as typed (ids as strings), for validation with the options schemas. */
export function backendEntry(state: BuilderState): Record<string, unknown> | undefined {
  const b = state.backend;
  switch (b.type) {
    case 'none':
      return undefined;
    case 'rest':
      return { type: 'rest', url: b.restUrl.trim() };
    case 'static':
      return { type: 'static', url: b.staticUrl.trim() };
    case 'mobilize': {
      const baseUrl = b.mobilizeBaseUrl.trim();
      return {
        type: 'mobilize',
        organizationId: b.organizationId.trim(),
        ...(baseUrl && baseUrl !== MOBILIZE_BASE_URL ? { baseUrl } : {}),
      };
    }
  }
}

/** The page config the snippet's JSON block holds (and the preview applies); `{}` when nothing needs saying. */
export function pageConfigOf(state: BuilderState): PageConfig {
  const entry = backendEntry(state);
  if (entry && entry['type'] === 'mobilize') entry['organizationId'] = organizationId(String(entry['organizationId']));
  return {
    ...(state.lang !== 'auto' ? { lang: state.lang } : {}),
    ...(entry ? { backends: { [BACKEND_NAME]: entry as { type: string } } } : {}),
  };
}

/** An element's attributes, defaults left out; `true` is a boolean attribute. */
export function attributesOf(tag: Tag, state: BuilderState): Array<[string, string | true]> {
  const values = state.options[tag];
  const out: Array<[string, string | true]> = [];
  for (const option of WIDGETS[tag].options) {
    const v = values[option.attr];
    if (option.kind === 'choice' && typeof v === 'string' && v !== option.initial) out.push([option.attr, v]);
    if (option.kind === 'text' && typeof v === 'string' && v.trim()) out.push([option.attr, v.trim()]);
    if (option.kind === 'flag' && v === true) out.push([option.attr, true]);
    if (option.kind === 'many' && Array.isArray(v) && v.length) {
      out.push([option.attr, option.values.filter((x) => v.includes(x)).join(',')]);
    }
  }
  if (state.theme !== 'light') out.push(['theme', state.theme]);
  return out;
}

/** Theme tokens (public `--m4a-*` custom properties); values that could break out of CSS are never included. */
export function tokensOf(state: BuilderState): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (isHexColor(state.accent)) {
    const accent = state.accent.toLowerCase();
    out.push(['--m4a-color-accent', accent], ['--m4a-color-on-accent', onAccent(accent)]);
  }
  const font = state.font.trim();
  if (font && isSafeFontFamily(font)) out.push(['--m4a-font-family', font]);
  if (isRadius(state.radius.trim())) out.push(['--m4a-radius', `${Number(state.radius.trim())}px`]);
  return out;
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON that stays inside its `<script>` element whatever the strings hold. */
const scriptJson = (value: unknown): string => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/** The snippet: script tag, config block (when there is config), style block (when there are tokens), elements. */
export function snippetOf(state: BuilderState): string {
  // No blocking="render": a host page must never wait on a script host that may be down (docs/embedding.md).
  const src = state.scriptUrl.trim();
  // The classic loader and the all-in-one script (`*.iife.js`) are classic scripts; the drop-in is a module.
  const classic = /\.iife\.js(?:[?#]|$)/.test(src);
  const lines = [
    classic
      ? `<script src="${escapeAttr(src)}" defer></script>`
      : `<script type="module" src="${escapeAttr(src)}"></script>`,
  ];
  const config = pageConfigOf(state);
  if (Object.keys(config).length) {
    lines.push(`<script type="application/json" id="${CONFIG_ELEMENT_ID}">`, scriptJson(config), '</script>');
  }
  const tokens = tokensOf(state);
  if (tokens.length && state.widgets.length) {
    lines.push(
      '<style>',
      `  ${state.widgets.join(',\n  ')} {`,
      ...tokens.map(([k, v]) => `    ${k}: ${v};`),
      '  }',
      '</style>',
    );
  }
  for (const tag of state.widgets) {
    const attrs = attributesOf(tag, state)
      .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
      .join('');
    lines.push(`<${tag}${attrs}></${tag}>`);
  }
  return lines.join('\n') + '\n';
}
