/** Console settings from the environment (README "Reference server"): session lifetimes, the public URL of links. */
import * as z from 'zod/mini';

const ms = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.positive()), fallback);

export const ACCOUNTS_ENV_SHAPE = {
  /** A console session ends after this long without a request (milliseconds; 30 minutes). */
  M4A_SESSION_IDLE_MS: ms(30 * 60_000),
  /** ... and this long after sign-in, whatever happens (milliseconds; 12 hours). */
  M4A_SESSION_MAX_MS: ms(12 * 3_600_000),
  /** Where people reach this server (e.g. https://m4a.example.org), for the setup link printed at start. */
  M4A_PUBLIC_URL: z.optional(z.url()),
};

export const SETUP_LINK_MS = 24 * 3_600_000;
export const INVITE_LINK_MS = 7 * 24 * 3_600_000;
