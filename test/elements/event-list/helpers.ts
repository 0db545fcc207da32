/** Shared setup for the <m4a-event-list> tests (not a test file itself). */
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/define/event-list.js';
import { configStore } from '../../../src/core/config.js';
import type { M4aEventList } from '../../../src/elements/event-list/event-list.js';

/** events.json, zips/ shards: served by the fake-backends middleware. */
export const STATIC_URL = '/fake/files/event-list/static';

export function useStatic(): void {
  configStore.configure({ backends: { events: { type: 'static', url: STATIC_URL } } });
}

export const root = (el: M4aEventList) => el.shadowRoot!;
export const $ = <E extends Element = HTMLElement>(el: M4aEventList, sel: string) => root(el).querySelector<E>(sel);
export const $$ = <E extends Element = HTMLElement>(el: M4aEventList, sel: string) => [
  ...root(el).querySelectorAll<E>(sel),
];

/** Text with the narrow and thin spaces Intl puts in times turned into plain spaces. */
export function text(node: Node | null | undefined): string {
  if (!node) return '';
  const clone = node.cloneNode(true);
  if (clone instanceof Element || clone instanceof DocumentFragment)
    clone.querySelectorAll('br').forEach((br) => br.replaceWith(' '));
  return (clone.textContent ?? '')
    .replace(/[\u202f\u2009\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const titles = (el: M4aEventList) => $$(el, '.events [role="heading"]').map((h) => text(h));
export const card = (el: M4aEventList, id: string) => $(el, `article[data-id="${id}"]`)!;
export const countText = (el: M4aEventList) => text($(el, '.count'));

/** Waits until the list has settled: no request in flight, and something other than the skeleton shown. */
export async function settled(el: M4aEventList): Promise<void> {
  await waitUntil(
    () => {
      const busy = $(el, '.events[aria-busy="true"]') || $(el, '.skeleton') || /…/.test(countText(el));
      return !busy && ($(el, '.events') || $(el, '.status'));
    },
    'the event list did not settle',
    { timeout: 5000 },
  );
  await el.updateComplete;
}

export async function mount(template: TemplateResult): Promise<M4aEventList> {
  const el = await fixture<M4aEventList>(template);
  await settled(el);
  return el;
}

/** Keeps the test page's URL clean between tests. */
export function resetUrl(): void {
  history.replaceState(null, '', location.pathname);
}
