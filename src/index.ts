/**
 * The drop-in (`dist/m4a-widgets.js`): installs `window.M4A` and registers every element lazily. Each element's code
 * is a separate chunk, imported (relative to this script's own URL) the first time its tag appears on the page.
 * Until it arrives, each element keeps its reserved space (core/tags.ts), so the host page does not move.
 */
import { installNamespace } from './core/namespace.js';
import { loadWiring, needsWiring, setWiringLoader } from './core/config-link.js';
import { defineElement } from './core/define.js';
import {
  isTag,
  linkedInto,
  PENDING_WRITES_KEY,
  PLACEHOLDER_ATTRIBUTE,
  reservationSheet,
  TAGS,
  WRITING_TAGS,
  type Tag,
} from './core/tags.js';

/**
 * Each element's class, imported directly rather than through src/define/<tag>.ts, which registers the built-in
 * backends up front: here their registry loads only on a page that has a config or backend (core/config-link.ts).
 */
const LOADERS: Record<Tag, () => Promise<CustomElementConstructor>> = {
  'm4a-program-explainer': () =>
    import('./elements/program-explainer/program-explainer.js').then((m) => m.M4aProgramExplainer),
  'm4a-coverage-faq': () => import('./elements/coverage-faq/coverage-faq.js').then((m) => m.M4aCoverageFaq),
  'm4a-signup-form': () => import('./elements/signup-form/signup-form.js').then((m) => m.M4aSignupForm),
  'm4a-event-list': () => import('./elements/event-list/event-list.js').then((m) => m.M4aEventList),
  'm4a-rep-lookup': () => import('./elements/rep-lookup/rep-lookup.js').then((m) => m.M4aRepLookup),
  'm4a-cost-calculator': () => import('./elements/cost-calculator/cost-calculator.js').then((m) => m.M4aCostCalculator),
};

/** A page with a config loads the registry and the config's schemas alongside the elements' code, not after it. */
function preloadConfig(): void {
  if (!needsWiring()) return;
  void loadWiring()
    .then((w) => w.configStore.ready().then(() => w.preloadBackendCode()))
    .catch(() => undefined);
}

const pending = new Map<Tag, Promise<void>>();

function load(tag: Tag): Promise<void> {
  let p = pending.get(tag);
  if (!p) {
    // A config given after this script ran (M4A.configure) is checked by schemas the element would otherwise only
    // ask for once its own code has arrived: one round trip later.
    preloadConfig();
    p = LOADERS[tag]().then(
      (ctor) => defineElement(tag, ctor),
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

/*
 * Load order: what is on screen first; what is within a screen of it once that shows its content (or after 3 s
 * whatever happens); then, once the page has loaded and is idle, everything else, one element per idle moment, so
 * find-in-page, screen-reader heading lists and search engines see every widget without the first screen waiting.
 */
let nearScreen: IntersectionObserver | undefined;
/** Elements on screen whose code is loading and whose first content is not shown yet. */
const onScreen = new Set<Element>();
/** Tags whose elements are near the screen but not on it. */
const nextUp = new Set<Tag>();
let fallback: ReturnType<typeof setTimeout> | undefined;
let restStarted = false;

const afterIdle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 50);
};

/** Once nothing on screen is still waiting (or when `giveUp`): what is near, then the rest. */
function afterFirstScreen(giveUp = false): void {
  if (giveUp) onScreen.clear();
  if (onScreen.size) return;
  clearTimeout(fallback);
  fallback = undefined;
  for (const tag of nextUp) void load(tag);
  nextUp.clear();
  if (restStarted || document.readyState !== 'complete') return;
  restStarted = true;
  const next = (): void =>
    afterIdle(() => {
      const tag = TAGS.find((t) => !customElements.get(t) && !pending.has(t) && document.querySelector(t));
      if (tag) void load(tag).then(next);
    });
  next();
}

/** Loads `tag` when `el` comes within a screen's height (or width) of the viewport (see the load order above). */
function loadWhenNear(el: Element, tag: Tag): void {
  if (typeof IntersectionObserver !== 'function') return void load(tag);
  nearScreen ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const { target } = entry;
        if (!entry.isIntersecting || !isTag(target.localName)) continue;
        nearScreen!.unobserve(target);
        const { top, bottom, left, right } = entry.boundingClientRect;
        if (top < innerHeight && bottom > 0 && left < innerWidth && right > 0) {
          onScreen.add(target);
          void load(target.localName);
        } else {
          nextUp.add(target.localName);
        }
      }
      if (onScreen.size) fallback ??= setTimeout(() => afterFirstScreen(true), 3000);
      else afterFirstScreen();
    },
    { rootMargin: '100%' },
  );
  nearScreen.observe(el);
}

function hasPendingWrites(): boolean {
  try {
    return localStorage.getItem(PENDING_WRITES_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * An element of ours appeared: it gets its reserved space, and its code is loaded when it nears the screen, so what
 * a visitor sees first loads first and a widget far down the page costs nothing until then. At once instead with
 * `loading="eager"`, when the visitor has writes waiting to be sent that this element's code replays, or when the
 * page's address links into the element (`#faq-<id>`), which can then open and show the linked part.
 */
function found(el: Element, tag: Tag): void {
  reserve(el, tag);
  if (customElements.get(tag) || pending.has(tag)) return;
  if (el.getAttribute('loading') === 'eager' || (WRITING_TAGS.includes(tag) && hasPendingWrites()) || linkedInto(tag))
    void load(tag);
  else loadWhenNear(el, tag);
}

function discover(root: ParentNode): void {
  for (const tag of TAGS) for (const el of root.querySelectorAll(tag)) found(el, tag);
}

setWiringLoader(() => import('./backends/index.js').then((m) => m.registerBuiltInBackends()));
if (
  installNamespace(async (tag) => {
    if (tag === undefined) await Promise.all(TAGS.map(load));
    else if (isTag(tag)) await load(tag);
    else throw new TypeError(`M4A.load: unknown element <${tag}> (known: ${TAGS.join(', ')})`);
  })
) {
  preloadConfig();
  // A link followed later (`#faq-…`) loads the element it points into, wherever it is on the page.
  window.addEventListener('hashchange', () => {
    for (const tag of TAGS) if (linkedInto(tag) && document.querySelector(tag)) void load(tag);
  });
  if (document.readyState === 'complete') afterIdle(() => afterFirstScreen());
  else window.addEventListener('load', () => afterIdle(() => afterFirstScreen()), { once: true });
  document.addEventListener('m4a-loaded', (event) => {
    onScreen.delete(event.target as Element);
    // After the browser has painted that content and is idle.
    if (!onScreen.size) afterIdle(() => afterFirstScreen());
  });
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
