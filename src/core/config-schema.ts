/**
 * The schema of the page config. The core loads this module (and the schema library with it) only when there is
 * something to validate: a config block, `M4A.configure()`, or a `backend-url` attribute. A page with just the
 * explainer or the FAQ and their built-in content never fetches it. Each backend type's own options are checked by
 * the schema it registered with (core/registry.ts; the built-in ones: src/backends/options.ts), loaded alongside.
 */
import * as z from 'zod/mini';
import { Lang } from '../shared/schemas/common.js';

export const BackendConfig = z.looseObject({
  /** A registered backend type: a built-in one (src/backends/index.ts) or a partner's (`M4A.registerBackend`). */
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
  /**
   * The rep lookup's local targets (src/shared/schemas/targets.ts). Taken as any value here and checked entry by
   * entry when the lookup reads it, so one bad entry is named in the widget and does not void the whole page config.
   */
  targets: z.optional(z.unknown()),
});
export type PageConfig = z.infer<typeof PageConfig>;
