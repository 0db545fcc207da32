/**
 * Where the server's local targets come from: the database (organizers' `PUT /api/admin/targets`, the console), or,
 * with M4A_TARGETS_FILE set, that JSON file, read and checked once at start and served read-only (the file is then
 * the one source: a write through the API would be undone by the next deploy, so it is refused).
 */
import * as z from 'zod/mini';

/** Merged into `ServerEnv` (server/config.ts) so `loadConfig()` carries it; read through {@link targetsFile}. */
export const TARGETS_ENV_SHAPE = {
  /** A JSON file of local targets (`{"targets": [...]}` or the list itself). Unset: organizers edit them via the API. */
  M4A_TARGETS_FILE: z.pipe(
    z.optional(z.string()),
    z.transform((s) => s?.trim() || undefined),
  ),
};

/** The targets file from the server config object (never from `process.env`, so tests stay hermetic). */
export function targetsFile(config: object): string | undefined {
  const value = (config as { M4A_TARGETS_FILE?: unknown }).M4A_TARGETS_FILE;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
