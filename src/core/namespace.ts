/**
 * `window.M4A`: the library's only global. Partners configure the page and plug in backends through it.
 * Before the script loads a page may set `window.M4A = { config: {...} }`, or queue calls with the stub
 * `window.M4A = window.M4A || { q: [], configure(c) { this.q.push(c) } }`; both are taken in on load.
 */
import { checkRegistration, configure, withWiring } from './config-link.js';
import type { BackendFactory, BackendRegistration, LazyBackendFactory } from './registry.js';

declare const __M4A_VERSION__: string | undefined;
export const VERSION = typeof __M4A_VERSION__ === 'string' ? __M4A_VERSION__ : 'dev';

export interface M4aNamespace {
  readonly version: string;
  /** Merges page-level config (see the README's configuration reference). */
  configure(config: unknown): void;
  /**
   * Adds a backend type: `M4A.registerBackend('my-api', (options) => ({ listEvents: ... }))`, optionally with what
   * it can do and an options schema: `{ capabilities: { repLookup: 'zip-only' }, options: schema }`.
   */
  registerBackend(type: string, factory: BackendFactory | LazyBackendFactory, registration?: BackendRegistration): void;
  /** Loads the code of one element (or all) now instead of when it first appears. */
  load(tag?: string): Promise<void>;
}

interface Installed extends M4aNamespace {
  readonly __m4a: string;
  /** The Trusted Types policy the classic loader made, for core/trusted-types.ts. */
  readonly __policy?: unknown;
}

declare global {
  interface Window {
    M4A?: Partial<Installed> & { config?: unknown; q?: unknown[] };
  }
}

/**
 * Installs the namespace unless another copy of the library already did; returns whether this copy is in charge.
 * A second copy warns once and stays out of the way, so loading the drop-in twice (or both builds) is harmless.
 */
export function installNamespace(load: (tag?: string) => Promise<void>): boolean {
  const existing = window.M4A;
  if (existing?.__m4a) {
    console.warn(
      `m4a-widgets: the library is loaded more than once on this page (${existing.__m4a} is already running, this copy is ${VERSION}); using the first.`,
    );
    return false;
  }
  const api: Installed = {
    __m4a: VERSION,
    version: VERSION,
    configure: (config) => configure(config),
    registerBackend: (type, factory, registration) => {
      checkRegistration(type, factory);
      withWiring((w) => w.registerBackend(type, factory, registration));
    },
    load,
    ...(existing?.__policy ? { __policy: existing.__policy } : {}),
  };
  if (existing?.config !== undefined) api.configure(existing.config);
  for (const queued of Array.isArray(existing?.q) ? existing.q : []) api.configure(queued);
  Object.defineProperty(window, 'M4A', {
    value: Object.freeze(api),
    configurable: true,
    enumerable: false,
    writable: false,
  });
  return true;
}
