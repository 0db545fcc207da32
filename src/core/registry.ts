/**
 * Backend types and instances. Built-in types validate their options here (with the schemas of config-schema.ts,
 * loaded with the page config) and load their code on first use; partners add types with
 * `M4A.registerBackend(type, factory)`.
 */
import type { Backend } from './backend.js';
import { WidgetError } from './errors.js';
import { configSchemas, configStore, type BackendConfig } from './config.js';
import type { MobilizeOptions, RestOptions, StaticOptions } from '../backends/options.js';

/** Builds a backend from its config entry (`type` plus the type's own options). */
export type BackendFactory = (options: BackendConfig, context: { name: string }) => Backend | Promise<Backend>;

type BuiltIn = () => Promise<BackendFactory>;

/** A built-in type's lazily loaded factory; it only ever sees options that passed the type's schema (see validate). */
const builtIn =
  <O extends BackendConfig>(load: () => Promise<(o: O) => Backend>): BuiltIn =>
  () =>
    load().then((create) => (config) => create(config as O));

const BUILT_INS: Record<string, BuiltIn> = {
  rest: builtIn<RestOptions>(() => import('../backends/rest.js').then((m) => m.createRestBackend)),
  static: builtIn<StaticOptions>(() => import('../backends/static.js').then((m) => m.createStaticBackend)),
  mobilize: builtIn<MobilizeOptions>(() => import('../backends/mobilize.js').then((m) => m.createMobilizeBackend)),
};

const custom = new Map<string, BackendFactory>();
const instances = new Map<string, Promise<Backend>>();

export function registerBackend(type: string, factory: BackendFactory): void {
  if (typeof type !== 'string' || !type || typeof factory !== 'function') {
    throw new TypeError('M4A.registerBackend(type, factory) needs a type name and a factory function');
  }
  custom.set(type, factory);
  instances.clear();
  // Widgets waiting on this type re-resolve.
  configStore.configure({});
}

/** What a widget's backend attributes and the page config resolve to. */
export type Resolution =
  | { ok: true; name: string; config: BackendConfig }
  | { ok: true; name: null; config: null }
  | { ok: false; error: WidgetError };

const configError = (field: string, message: string) => ({ ok: false as const, error: new WidgetError('config', message, { field }) });

/**
 * Picks the backend for one element: `backend-url` (a REST backend at that URL), else `backend` (a name in the
 * page config), else the page's `defaultBackend`, else its only backend, else none (widgets with built-in content
 * still work; the others say a backend is needed).
 */
export function resolveBackendConfig(attrs: { backend?: string | undefined; backendUrl?: string | undefined }): Resolution {
  const { config, problem } = configStore.state;
  if (problem) return configError(problem.path, problem.message);
  if (attrs.backendUrl) return validate('backend-url', { type: 'rest', url: attrs.backendUrl }, 'backend-url');
  const backends = config.backends ?? {};
  const names = Object.keys(backends);
  const wanted = attrs.backend || config.defaultBackend;
  if (wanted) {
    const entry = backends[wanted];
    if (!entry) {
      const field = attrs.backend ? 'backend' : 'defaultBackend';
      return configError(field, `No backend named "${wanted}" in the page config (have: ${names.join(', ') || 'none'})`);
    }
    return validate(wanted, entry, `backends.${wanted}`);
  }
  if (names.length === 1) return validate(names[0]!, backends[names[0]!]!, `backends.${names[0]}`);
  if (names.length > 1) return configError('defaultBackend', `Several backends are configured (${names.join(', ')}); set defaultBackend or the backend attribute`);
  return { ok: true, name: null, config: null };
}

function validate(name: string, entry: BackendConfig, fieldPrefix: string): Resolution {
  if (custom.has(entry.type)) return { ok: true, name, config: entry };
  if (!BUILT_INS[entry.type]) {
    return configError(`${fieldPrefix}.type`, `Unknown backend type "${entry.type}" (built in: ${Object.keys(BUILT_INS).join(', ')}; others need M4A.registerBackend)`);
  }
  const schemas = configSchemas();
  // Widgets await configStore.ready() before they resolve a backend, so the schemas are here by now.
  if (!schemas) return configError(fieldPrefix, 'the configuration is still loading');
  const parsed = schemas.BUILT_IN_OPTIONS[entry.type]!.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.length ? `${fieldPrefix}.${issue.path.join('.')}` : fieldPrefix;
    return configError(fieldPrefix === 'backend-url' ? 'backend-url' : path, issue.message);
  }
  return { ok: true, name, config: parsed.data };
}

/**
 * Starts loading the adapter code of every built-in backend type the page config names, so a widget's first request
 * need not wait for it (the drop-in calls this once the config is checked). Errors surface later, in getBackend.
 */
export function preloadBackendCode(): void {
  for (const entry of Object.values(configStore.state.config.backends ?? {})) {
    if (!custom.has(entry.type)) BUILT_INS[entry.type]?.().catch(() => undefined);
  }
}

/** One backend instance per config entry and page, shared by the widgets that use it. */
export function getBackend(name: string, config: BackendConfig): Promise<Backend> {
  const key = `${name}:${JSON.stringify(config)}`;
  let instance = instances.get(key);
  if (!instance) {
    const factory = custom.get(config.type);
    const load = factory ? Promise.resolve(factory) : BUILT_INS[config.type]!();
    instance = load.then((f) => f(config, { name }));
    instance.catch(() => instances.delete(key));
    instances.set(key, instance);
  }
  return instance;
}
