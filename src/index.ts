/**
 * The drop-in (`dist/m4a-widgets.js`): installs `window.M4A` and registers every element lazily. Each element's code
 * is a separate chunk, imported (relative to this script's own URL) the first time its tag appears on the page.
 * Until it arrives, each element keeps its reserved space (core/tags.ts), so the host page does not move.
 */
import { installNamespace } from './core/namespace.js';
import { configStore } from './core/config.js';
import { isTag, PLACEHOLDER_ATTRIBUTE, reservationSheet, TAGS, type Tag } from './core/tags.js';

const LOADERS: Record<Tag, () => Promise<unknown>> = {
  'm4a-program-explainer': () => import('./define/program-explainer.js'),
  'm4a-coverage-faq': () => import('./define/coverage-faq.js'),
  'm4a-signup-form': () => import('./define/signup-form.js'),
  'm4a-event-list': () => import('./define/event-list.js'),
  'm4a-rep-lookup': () => import('./define/rep-lookup.js'),
};

const pending = new Map<Tag, Promise<void>>();

function load(tag: Tag): Promise<void> {
  let p = pending.get(tag);
  if (!p) {
    p = LOADERS[tag]().then(
      () => undefined,
      (err: unknown) => {
        pending.delete(tag);
        console.warn(`m4a-widgets: could not load <${tag}>.`, err);
      },
    );
    pending.set(tag, p);
  }
  return p;
}

/**
 * Gives an element that is not defined yet a placeholder shadow root: its reserved height (a constructable
 * stylesheet, which a strict CSP allows) and a slot, so any HTML the partner wrote inside stays visible. The element
 * takes the root over when its code arrives (M4aElement).
 */
function reserve(el: Element, tag: Tag): void {
  if (el.shadowRoot || customElements.get(tag)) return;
  try {
    const root = el.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [reservationSheet(tag)];
    const slot = document.createElement('slot');
    slot.setAttribute(PLACEHOLDER_ATTRIBUTE, '');
    root.append(slot);
  } catch {
    // Another script gave it a shadow root first: leave it be.
  }
}

function found(el: Element, tag: Tag): void {
  reserve(el, tag);
  if (!customElements.get(tag) && !pending.has(tag)) void load(tag);
}

function discover(root: ParentNode): void {
  for (const tag of TAGS) for (const el of root.querySelectorAll(tag)) found(el, tag);
}

if (
  installNamespace(async (tag) => {
    if (tag === undefined) await Promise.all(TAGS.map(load));
    else if (isTag(tag)) await load(tag);
    else throw new TypeError(`M4A.load: unknown element <${tag}> (known: ${TAGS.join(', ')})`);
  })
) {
  // A page with a config loads its schemas alongside the elements' code rather than after it.
  if (!configStore.isReady()) void configStore.ready();
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const el = node as Element;
        if (isTag(el.localName)) found(el, el.localName);
        if (el.firstElementChild) discover(el);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
