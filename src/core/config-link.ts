/**
 * What the widgets know of the page's config and backends before that code is loaded. The config store and the
 * backend registry (core/config.ts, core/registry.ts, with the built-in types) are a chunk of their own, fetched only
 * on a page that has something for them: a config (block, `window.M4A.config`, `M4A.configure`), a registered
 * backend, or a widget with a `backend` or `backend-url` attribute. The explainer and the FAQ with their built-in
 * content never load it.
 *
 * The registry, once evaluated, hands itself over here ({@link provideWiring}); the drop-in says how to load it
 * ({@link setWiringLoader}: with the built-in types registered), other entries load it statically.
 */
import type { Backend, BackendCapabilities } from './backend.js';
import type { BackendConfig } from './config-schema.js';
import type { WidgetError } from './errors.js';
import type { Lang } from '../shared/schemas/common.js';

export const CONFIG_ELEMENT_ID = 'm4a-config';

/** What a widget's backend attributes and the page config resolve to (core/registry.ts). */
export type Resolution =
  | { ok: true; name: string; config: BackendConfig; capabilities: BackendCapabilities }
  | { ok: true; name: null; config: null }
  | { ok: false; error: WidgetError };

/** The backend attributes a widget resolves. */
export interface BackendAttributes {
  backend?: string | undefined;
  backendUrl?: string | undefined;
}

/** What the registry's chunk gives the widgets (methods, so the registry's narrower signatures fit). */
export interface Wiring {
  configStore: {
    readonly state: { readonly config: { readonly lang?: Lang | undefined } };
    isReady(needSchemas?: boolean): boolean;
    ready(needSchemas?: boolean): Promise<void>;
    configure(config: unknown): void;
  };
  resolveBackendConfig(attrs: BackendAttributes): Resolution;
  getBackend(name: string, config: BackendConfig): Promise<Backend>;
  registerBackend(type: string, factory: unknown, registration?: unknown): void;
  preloadBackendCode(): void;
}

let store: Wiring['configStore'] | undefined;
let provided: Wiring | undefined;
let ready: Wiring | undefined;
let loader: (() => Promise<unknown>) | undefined;
let loading: Promise<Wiring> | undefined;
/** Calls made before the registry arrived (M4A.configure, M4A.registerBackend), run once it has. */
const queued: Array<(wiring: Wiring) => void> = [];
let given = false;

/** The config store, when its module is evaluated (core/config.ts). */
export function provideConfigStore(configStore: Wiring['configStore']): void {
  store = configStore;
}

/** The registry, when its module is evaluated. Without a loader (npm entries, tests) it is ready at once. */
export function provideWiring(wiring: Wiring): void {
  provided = wiring;
  if (!loader) ready = wiring;
}

/** How the drop-in loads the registry: with its built-in backend types registered before any widget resolves one. */
export function setWiringLoader(load: () => Promise<unknown>): void {
  loader = load;
}

/** The registry, if it is loaded and ready. */
export const wired = (): Wiring | undefined => ready;

/**
 * Loads the registry (once) with the drop-in's loader, else with `fallback` (the registry alone), runs the calls
 * queued for it, and resolves with it.
 */
export function loadWiring(fallback?: () => Promise<unknown>): Promise<Wiring> {
  if (ready) return Promise.resolve(ready);
  const load = loader ?? fallback;
  if (!load) return Promise.reject(new Error('m4a-widgets: nothing loads the backend registry'));
  loading ??= load().then(
    () => {
      ready = provided!;
      for (const call of queued.splice(0)) call(ready);
      pageChanged();
      return ready;
    },
    (err: unknown) => {
      loading = undefined;
      throw err;
    },
  );
  return loading;
}

/**
 * Runs `call` with the registry: at once when it is loaded (so a partner's call throws where it is made), else once
 * it has arrived, which this starts.
 */
export function withWiring(call: (wiring: Wiring) => void): void {
  given = true;
  if (ready) return call(ready);
  queued.push(call);
  loadWiring().catch((err: unknown) => console.warn('m4a-widgets: could not load the configuration code.', err));
}

/** Hands `config` to the config store: at once when its module is evaluated, else once the registry has arrived. */
export function configure(config: unknown): void {
  if (!store) return withWiring((w) => w.configStore.configure(config));
  given = true;
  store.configure(config);
}

/** Whether a widget needs the registry: the page has a config or registered a backend, or its attributes name one. */
export function needsWiring(attrs: BackendAttributes = {}): boolean {
  return (
    !!ready || given || !!attrs.backend || !!attrs.backendUrl || document.getElementById(CONFIG_ELEMENT_ID) !== null
  );
}

let version = 0;
const listeners = new Set<() => void>();
let observing = false;

/** Bumped when the page config or `<html lang>` changes (and when the document is parsed: a config block may follow). */
export const pageVersion = (): number => version;

/** Something widgets re-render for happened: the config changed (core/config.ts), `<html lang>`, the parsed page. */
export function pageChanged(configChanged = false): void {
  if (configChanged) given = true;
  version++;
  for (const listener of [...listeners]) listener();
}

export function onPageChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observing) {
    observing = true;
    new MutationObserver(() => pageChanged()).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => pageChanged(), { once: true });
    }
  }
  return () => listeners.delete(listener);
}

/** The argument check of `registerBackend`, made at the call even before the registry's code has arrived. */
export function checkRegistration(type: unknown, factory: unknown): void {
  const lazy =
    typeof factory === 'object' && factory !== null && typeof (factory as { load?: unknown }).load === 'function';
  if (typeof type !== 'string' || !type || (typeof factory !== 'function' && !lazy)) {
    throw new TypeError('M4A.registerBackend(type, factory) needs a type name and a factory function');
  }
}
