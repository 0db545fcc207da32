/**
 * Event descriptions arrive as plain text or as whatever HTML a source allows. The list shows them as text only:
 * HTML goes through the sanitizer (core/sanitize.ts: nothing active survives), then its text is read with paragraph and list breaks
 * kept. Rendering the result as a Lit text binding keeps it inert a second time over.
 */
import { sanitize } from '../../core/sanitize.js';
import { clip } from '../../shared/calendar/text.js';

const BLOCKS = new Set([
  'P',
  'DIV',
  'UL',
  'OL',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TR',
  'SECTION',
  'ARTICLE',
]);
/** Elements whose content is never text to show. */
const DROPPED = [
  'style',
  'script',
  'template',
  'noscript',
  'title',
  'textarea',
  'select',
  'iframe',
  'object',
  'svg',
  'math',
];

const cache = new Map<string, string>();

function walk(node: Node, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.push((child.textContent ?? '').replace(/\s+/g, ' '));
    } else if (child instanceof Element) {
      if (child.tagName === 'BR') {
        out.push('\n');
        continue;
      }
      const block = BLOCKS.has(child.tagName);
      if (block) out.push('\n');
      if (child.tagName === 'LI') out.push('• ');
      walk(child, out);
      if (block) out.push('\n');
    }
  }
}

/** The description as plain text: paragraphs separated by a blank line, no markup. */
export function descriptionText(source: string): string {
  let text = cache.get(source);
  if (text !== undefined) return text;
  if (!/[<&]/.test(source)) {
    text = source.replace(/\r\n?/g, '\n');
  } else {
    const fragment = sanitize(source, { dropWithContent: DROPPED });
    const parts: string[] = [];
    walk(fragment, parts);
    text = parts.join('');
  }
  text = text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (cache.size > 2000) cache.clear();
  cache.set(source, text);
  return text;
}

/** Characters shown before "Show more". */
export const SHORT_DESCRIPTION = 240;

const shortCache = new Map<string, string>();

/** The first lines of a description, cut at a word, on one paragraph. */
export function shortDescription(text: string, max = SHORT_DESCRIPTION): string {
  const key = `${max}|${text}`;
  let short = shortCache.get(key);
  if (short === undefined) {
    if (shortCache.size > 2000) shortCache.clear();
    shortCache.set(key, (short = clip(text.replace(/\s*\n+\s*/g, ' '), max)));
  }
  return short;
}
