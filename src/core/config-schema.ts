/**
 * The schemas of the page config and of the built-in backend types' options. The core loads this module (and the
 * schema library with it) only when there is something to validate: a config block, `M4A.configure()`, or a
 * `backend-url` attribute. A page with just the explainer or the FAQ and their built-in content never fetches it.
 */
import * as z from 'zod/mini';
import { Lang } from '../shared/schemas/common.js';
import { MobilizeOptions, RestOptions, StaticOptions } from '../backends/options.js';

export const BackendConfig = z.looseObject({
  /** `rest`, `static`, `mobilize`, or a type registered with `M4A.registerBackend`. */
  type: z.string().check(z.minLength(1, 'Say which type of backend this is, e.g. "rest"')),
});
export type BackendConfig = z.infer<typeof BackendConfig>;

export const PageConfig = z.object({
  /** Language of every widget on the page unless the element says otherwise. */
  lang: z.optional(Lang),
  /** Named backends. With exactly one, it is the default. */
  backends: z.optional(z.record(z.string().check(z.minLength(1)), BackendConfig)),
  /** Which named backend widgets use when they don't name one. */
  defaultBackend: z.optional(z.string()),
});
export type PageConfig = z.infer<typeof PageConfig>;

/** Options of each built-in backend type, checked before its adapter code is loaded. */
export const BUILT_IN_OPTIONS: Record<string, z.ZodMiniType<BackendConfig>> = {
  rest: RestOptions,
  static: StaticOptions,
  mobilize: MobilizeOptions,
};
