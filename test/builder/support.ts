/** Helpers shared by the embed builder's browser tests. */
import { fixture, html } from '@open-wc/testing';
import '../../src/builder/index.js';
import type { M4aEmbedBuilder } from '../../src/builder/embed-builder.js';

export const CDN = 'https://cdn.example.org/m4a/m4a-widgets.js';

export async function builder(lang = 'en'): Promise<M4aEmbedBuilder> {
  return fixture<M4aEmbedBuilder>(
    html`<m4a-embed-builder lang=${lang} script-url=${CDN} preview-delay="0"></m4a-embed-builder>`,
  );
}

export const $ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string): E => {
  const found = el.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

export const $$ = (el: HTMLElement, selector: string): Element[] => [...el.shadowRoot!.querySelectorAll(selector)];

/** Types into a text field the way a browser reports it (one input event with the new value). */
export async function type(el: M4aEmbedBuilder, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Clicks a radio or checkbox by id. */
export async function click(el: M4aEmbedBuilder, id: string): Promise<void> {
  $<HTMLInputElement>(el, `#${id}`).click();
  await el.updateComplete;
}

export const snippetText = (el: M4aEmbedBuilder): string => $<HTMLTextAreaElement>(el, '#snippet').value;

export interface ParsedSnippet {
  scripts: HTMLScriptElement[];
  config: unknown;
  style: string | undefined;
  elements: Element[];
}

/** Reads a snippet back as a browser would parse it when pasted into a page. */
export function parseSnippet(text: string): ParsedSnippet {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${text}</body></html>`,
    'text/html',
  );
  const all = [...doc.body.children];
  const block = doc.getElementById('m4a-config');
  return {
    scripts: [...doc.querySelectorAll('script')],
    config: block ? JSON.parse(block.textContent ?? '') : undefined,
    style: doc.querySelector('style')?.textContent ?? undefined,
    elements: all.filter((e) => e.localName.startsWith('m4a-')),
  };
}

export const attrs = (e: Element): Record<string, string> =>
  Object.fromEntries([...e.attributes].map((a) => [a.name, a.value]));
