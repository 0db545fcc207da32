/**
 * Mobilize's public API address, in a module of its own so the browser's options schema (src/backends/options.ts)
 * can name the default without pulling in the Mobilize mapping code (calendar/mobilize.ts re-exports it).
 */
export const MOBILIZE_BASE_URL = 'https://api.mobilize.us/v1';
