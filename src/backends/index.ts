/**
 * The built-in backend types: the one list of them and what each can do, read by the registry (through the entry
 * points' {@link registerBuiltInBackends}), the config's error messages (which name the registered types) and the
 * embed builder. Each adapter's code, and the options schemas (with zod), are separate chunks fetched only when a
 * page config names a type, so this list is all the drop-in's first bundle carries of them.
 */
import type { BackendCapabilities } from '../core/backend.js';
import { registerBackend, type BackendFactory, type LazyBackendFactory, type OptionsSchema } from '../core/registry.js';

interface BuiltInBackend extends LazyBackendFactory {
  capabilities: BackendCapabilities;
  options(): Promise<OptionsSchema>;
}

// Each adapter takes its own options type (`as unknown as BackendFactory`): the registry only ever hands it options
// that passed the type's schema.
/** One chunk holds every built-in type's options schema (one import site: the drop-in adds preloads per site). */
const options = () => import('./options.js');

export const BUILT_IN_BACKENDS = {
  // The whole Backend interface (no `methods` list): the reference server's REST contract.
  rest: {
    capabilities: { repLookup: 'address' },
    load: () => import('./rest.js').then((m) => m.createRestBackend as unknown as BackendFactory),
    options: () => options().then((m) => m.RestOptions as OptionsSchema),
  },
  // A static host cannot geocode: lookups go by the ZIP code.
  static: {
    capabilities: { methods: ['getContent', 'listEvents', 'lookupReps', 'getTargets'], repLookup: 'zip-only' },
    load: () => import('./static.js').then((m) => m.createStaticBackend as unknown as BackendFactory),
    options: () => options().then((m) => m.StaticOptions as OptionsSchema),
  },
  mobilize: {
    capabilities: { methods: ['listEvents'] },
    load: () => import('./mobilize.js').then((m) => m.createMobilizeBackend as unknown as BackendFactory),
    options: () => options().then((m) => m.MobilizeOptions as OptionsSchema),
  },
} as const satisfies Record<string, BuiltInBackend>;

export type BuiltInBackendType = keyof typeof BUILT_IN_BACKENDS;
export const BUILT_IN_BACKEND_TYPES = Object.keys(BUILT_IN_BACKENDS) as BuiltInBackendType[];

let registered = false;

/**
 * Registers the built-in types, as partners register theirs (each entry is both the lazy factory and the
 * registration). Every entry point calls it (a page may load several, e.g. two `m4a-widgets/define/<name>.js`); only
 * the first call registers, so a partner's later override of a built-in type name stays in place.
 */
export function registerBuiltInBackends(): void {
  if (registered) return;
  registered = true;
  for (const [type, backend] of Object.entries(BUILT_IN_BACKENDS)) registerBackend(type, backend, backend);
}
