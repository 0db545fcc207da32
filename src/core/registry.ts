/**
 * Backend types and instances. Every type, built in or a partner's, is added with `registerBackend(type, factory,
 * registration?)`: the entry points register the built-in ones (src/backends/index.ts), partners call
 * `M4A.registerBackend`. The core itself knows no adapter: a type's options schema and its code arrive through its
 * registration, and both can load lazily, only once a page config names the type.
 */
import type { Backend, BackendCapabilities } from './backend.js';
import { WidgetError } from './errors.js';
import { configSchemas, configStore, loadWithConfigSchemas, type BackendConfig } from './config.js';
import { checkRegistration, provideWiring, type Resolution } from './config-link.js';
import type * as z from 'zod/mini';

export type { Resolution } from './config-link.js';

/** Builds a backend from its config entry (`type` plus the type's own options). */
export type BackendFactory = (options: BackendConfig, context: { name: string }) => Backend | Promise<Backend>;

/** A factory whose code is fetched the first time a page config names its type (`{ load: () => import(...) }`). */
export interface LazyBackendFactory {
  load(): Promise<BackendFactory>;
}

/** Checks a config entry's options (and may fill in defaults) before the factory sees them. */
export type OptionsSchema = z.ZodMiniType<BackendConfig>;

export interface BackendRegistration {
  /** What the type can do, read by widgets (core/backend.ts). */
  capabilities?: BackendCapabilities;
  /**
   * The options schema, or a loader for it: loaded with the page config's schemas, so a bad option is reported at
   * once, naming the field, while the schema library stays out of pages that have no config.
   */
  options?: OptionsSchema | (() => Promise<OptionsSchema>);
}

interface Registered {
  factory: BackendFactory | LazyBackendFactory;
  capabilities: BackendCapabilities;
  /** Whether the type has an options schema; `schema` is it once loaded. */
  checked: boolean;
  schema?: OptionsSchema;
}

const registered = new Map<string, Registered>();
const instances = new Map<string, Promise<Backend>>();

const isLazy = (f: BackendFactory | LazyBackendFactory): f is LazyBackendFactory =>
  typeof f === 'object' && f !== null && typeof f.load === 'function';

export function registerBackend(
  type: string,
  factory: BackendFactory | LazyBackendFactory,
  registration: BackendRegistration = {},
): void {
  checkRegistration(type, factory);
  const { options } = registration;
  const entry: Registered = {
    factory,
    capabilities: registration.capabilities ?? {},
    checked: options !== undefined,
    ...(options && typeof options !== 'function' ? { schema: options } : {}),
  };
  // A schema that cannot load fails the config's loading as a missing config-schema chunk would.
  if (typeof options === 'function') loadWithConfigSchemas(() => options().then((schema) => (entry.schema = schema)));
  registered.set(type, entry);
  instances.clear();
  // Widgets waiting on this type re-resolve.
  configStore.configure({});
}

/** What a registered type declares it can do (nothing known for an unregistered one). */
export const capabilitiesOf = (type: string): BackendCapabilities => registered.get(type)?.capabilities ?? {};

const configError = (field: string, message: string) => ({
  ok: false as const,
  error: new WidgetError('config', message, { field }),
});

/**
 * Picks the backend for one element: `backend-url` (a REST backend at that URL), else `backend` (a name in the
 * page config), else the page's `defaultBackend`, else its only backend, else none (widgets with built-in content
 * still work; the others say a backend is needed).
 */
export function resolveBackendConfig(attrs: {
  backend?: string | undefined;
  backendUrl?: string | undefined;
}): Resolution {
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
      const have = names.join(', ') || 'none';
      return configError(field, `No backend named "${wanted}" in the page config (have: ${have})`);
    }
    return validate(wanted, entry, `backends.${wanted}`);
  }
  if (names.length === 1) return validate(names[0]!, backends[names[0]!]!, `backends.${names[0]}`);
  if (names.length > 1) {
    const list = names.join(', ');
    const message = `Several backends are configured (${list}); set defaultBackend or the backend attribute`;
    return configError('defaultBackend', message);
  }
  return { ok: true, name: null, config: null };
}

function validate(name: string, entry: BackendConfig, fieldPrefix: string): Resolution {
  const type = registered.get(entry.type);
  if (!type) {
    const known = [...registered.keys()].join(', ');
    const message = `Unknown backend type "${entry.type}" (known: ${known}; others need M4A.registerBackend)`;
    return configError(`${fieldPrefix}.type`, message);
  }
  const { capabilities } = type;
  if (!type.checked) return { ok: true, name, config: entry, capabilities };
  // Widgets await configStore.ready() before they resolve a backend, so the schemas are here by now.
  if (!type.schema || !configSchemas()) return configError(fieldPrefix, 'the configuration is still loading');
  const parsed = type.schema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.length ? `${fieldPrefix}.${issue.path.join('.')}` : fieldPrefix;
    return configError(fieldPrefix === 'backend-url' ? 'backend-url' : path, issue.message);
  }
  return { ok: true, name, config: parsed.data, capabilities };
}

/** A registered factory, its code loaded (once: import() caches the module) if it is lazy. */
function factoryOf(type: string): Promise<BackendFactory> {
  const factory = registered.get(type)!.factory;
  return isLazy(factory) ? factory.load() : Promise.resolve(factory);
}

/**
 * Starts loading the adapter code of every lazy backend type the page config names, so a widget's first request
 * need not wait for it (the drop-in calls this once the config is checked). Errors surface later, in getBackend.
 */
export function preloadBackendCode(): void {
  for (const entry of Object.values(configStore.state.config.backends ?? {})) {
    if (registered.has(entry.type)) factoryOf(entry.type).catch(() => undefined);
  }
}

/** One backend instance per config entry and page, shared by the widgets that use it. */
export function getBackend(name: string, config: BackendConfig): Promise<Backend> {
  const key = `${name}:${JSON.stringify(config)}`;
  let instance = instances.get(key);
  if (!instance) {
    instance = factoryOf(config.type).then((f) => f(config, { name }));
    instance.catch(() => instances.delete(key));
    instances.set(key, instance);
  }
  return instance;
}

// The widgets reach the registry through core/config-link.ts, which loads it only on a page that needs it.
provideWiring({ configStore, resolveBackendConfig, getBackend, registerBackend, preloadBackendCode });
