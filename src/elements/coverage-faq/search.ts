/**
 * Search over questions and answers: case- and accent-insensitive ("medico" finds "médico"), every word of the
 * query must appear somewhere in the question or the answer, and each occurrence is wrapped in <mark>.
 */
import { html, type TemplateResult } from 'lit';

/** Lowercase without accents, one output character at a time. */
function foldChar(c: string): string {
  return c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function fold(text: string): string {
  let out = '';
  for (const c of text) out += foldChar(c);
  return out;
}

/** The words of a query, folded. */
export function terms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

export function matchesAll(foldedText: string, words: readonly string[]): boolean {
  return words.every((w) => foldedText.includes(w));
}

export function matchesAny(foldedText: string, words: readonly string[]): boolean {
  return words.some((w) => foldedText.includes(w));
}

type Range = readonly [start: number, end: number];

/** Where the words occur in `text`, as merged [start, end) offsets of the original string. */
export function matchRanges(text: string, words: readonly string[]): Range[] {
  if (!words.length) return [];
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const c of text) {
    const f = foldChar(c);
    for (let k = 0; k < f.length; k++) {
      starts.push(offset);
      ends.push(offset + c.length);
    }
    folded += f;
    offset += c.length;
  }
  const found: [number, number][] = [];
  for (const w of words) {
    for (let i = folded.indexOf(w); i !== -1; i = folded.indexOf(w, i + 1))
      found.push([starts[i]!, ends[i + w.length - 1]!]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Plain text with the matches marked, as a template (the text stays text). */
export function highlightText(text: string, words: readonly string[]): TemplateResult | string {
  const ranges = matchRanges(text, words);
  if (!ranges.length) return text;
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    parts.push(text.slice(at, s), html`<mark part="mark">${text.slice(s, e)}</mark>`);
    at = e;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}

/** Wraps the matches inside the text nodes of `root` (already sanitized markup) in <mark>, in place. */
export function highlightNodes(root: Node, words: readonly string[]): void {
  if (!words.length) return;
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const text = node.data;
    const ranges = matchRanges(text, words);
    if (!ranges.length) continue;
    const out = doc.createDocumentFragment();
    let at = 0;
    for (const [s, e] of ranges) {
      out.append(text.slice(at, s));
      const mark = doc.createElement('mark');
      mark.setAttribute('part', 'mark');
      mark.textContent = text.slice(s, e);
      out.append(mark);
      at = e;
    }
    out.append(text.slice(at));
    node.replaceWith(out);
  }
}

const BLOCKS = new Set(['P', 'UL', 'OL', 'LI']);

/** The text of sanitized answer markup, one line per paragraph or list item. */
export function plainText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += (child as Text).data;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = BLOCKS.has((child as Element).tagName);
        if (block) out += '\n';
        walk(child);
        if (block) out += '\n';
      }
    }
  };
  walk(root);
  return out
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
