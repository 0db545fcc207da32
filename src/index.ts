/**
 * The drop-in (`dist/m4a-widgets.js`): installs `window.M4A` and registers every element lazily. Each element's code
 * is a separate chunk, imported (relative to this script's own URL) the first time its tag appears on the page.
 */
import { installNamespace } from './core/namespace.js';
import { TAGS, type Tag } from './core/tags.js';

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

function discover(root: ParentNode): void {
  for (const tag of TAGS) {
    if (!customElements.get(tag) && !pending.has(tag) && root.querySelector(tag)) void load(tag);
  }
}

function isTag(name: string): name is Tag {
  return (TAGS as readonly string[]).includes(name);
}

if (
  installNamespace(async (tag) => {
    if (tag === undefined) await Promise.all(TAGS.map(load));
    else if (isTag(tag)) await load(tag);
    else throw new TypeError(`M4A.load: unknown element <${tag}> (known: ${TAGS.join(', ')})`);
  })
) {
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const el = node as Element;
        if (isTag(el.localName)) void load(el.localName);
        else if (el.firstElementChild) discover(el);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
