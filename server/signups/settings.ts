/**
 * Signup settings from environment variables. `SIGNUP_ENV_SHAPE` is part of `ServerEnv` (server/config.ts), so
 * `loadConfig()` parses these keys with the rest; `signupSettings()` shapes the parsed values, never reading
 * `process.env`, so tests stay hermetic.
 */
import * as z from 'zod/mini';
import { SIGNUP_MIN_FILL_MS } from 'm4a-widgets/shared/schemas/signup.js';

const DEFAULT_ACTION_NETWORK_URL = 'https://actionnetwork.org/api/v2/people/';

/** Unset or empty means `fallback`; otherwise a whole number within bounds. */
const count = (fallback: number, min: number) =>
  z.pipe(
    z.optional(z.union([z.string(), z.number()])),
    z.pipe(
      z.transform((v: string | number | undefined) => (v === undefined || v === '' ? fallback : Number(v))),
      z.number().check(z.int(), z.minimum(min)),
    ),
  );

/** Unset or empty means not configured. */
const optionalString = z.pipe(
  z.optional(z.string()),
  z.transform((s) => s?.trim() || undefined),
);

const optionalHttpUrl = z.pipe(
  optionalString,
  z.optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
);

export const SIGNUP_ENV_SHAPE = {
  /** Signups accepted per client IP (IPv6: per /64) in each window. */
  M4A_SIGNUP_RATE: count(20, 1),
  /** Rate-limit window, in seconds. */
  M4A_SIGNUP_RATE_WINDOW: count(600, 1),
  /** Submissions filled faster than this (ms) are kept but flagged as spam; 0 turns the check off. */
  M4A_SIGNUP_MIN_FILL_MS: count(SIGNUP_MIN_FILL_MS, 0),
  /** How often (seconds) forwarding looks for signups due to be forwarded. New signups are sent right away. */
  M4A_SIGNUP_FORWARD_INTERVAL: count(5, 1),
  /**
   * Seconds a forwarding row stays claimed by the instance sending it; a row whose instance died is retried by
   * another after this. Sends time out at half of it (10 s at most), so a live sender's claim never runs out.
   */
  M4A_SIGNUP_FORWARD_LEASE: count(60, 2),
  /** First retry delay (ms) of a failed forward, doubling with each attempt up to one hour. */
  M4A_SIGNUP_FORWARD_BACKOFF_MS: count(10_000, 1),
  /** Action Network API key: set it to forward every signup to Action Network. */
  M4A_ACTION_NETWORK_KEY: optionalString,
  M4A_ACTION_NETWORK_URL: optionalHttpUrl,
  /** Comma-separated Action Network tag names added to every forwarded person (tags must already exist there). */
  M4A_ACTION_NETWORK_TAGS: optionalString,
  /** Generic webhook: each signup is POSTed there as JSON. */
  M4A_WEBHOOK_URL: optionalHttpUrl,
  /** With a secret, each webhook request carries an HMAC-SHA256 signature (see docs/signups.md). */
  M4A_WEBHOOK_SECRET: optionalString,
};

/**
 * The signup variables once parsed (a part of `ServerEnv`). The Action Network key is shared with the event
 * imports, whose schema of it is the one `ServerEnv` keeps.
 */
export type SignupEnv = Omit<z.infer<z.ZodMiniObject<typeof SIGNUP_ENV_SHAPE>>, 'M4A_ACTION_NETWORK_KEY'> & {
  M4A_ACTION_NETWORK_KEY?: string | undefined;
};

export interface SignupSettings {
  rateLimit: { limit: number; windowMs: number };
  minFillMs: number;
  forwardIntervalMs: number;
  forwardLeaseMs: number;
  forwardBackoffBaseMs: number;
  actionNetwork?: { key: string; url: string; tags: string[] };
  webhook?: { url: string; secret?: string };
}

/** Settings from the server config (`deps.config`), already validated by `loadConfig()`. */
export function signupSettings(env: SignupEnv): SignupSettings {
  const settings: SignupSettings = {
    rateLimit: { limit: env.M4A_SIGNUP_RATE, windowMs: env.M4A_SIGNUP_RATE_WINDOW * 1000 },
    minFillMs: env.M4A_SIGNUP_MIN_FILL_MS,
    forwardIntervalMs: env.M4A_SIGNUP_FORWARD_INTERVAL * 1000,
    forwardLeaseMs: env.M4A_SIGNUP_FORWARD_LEASE * 1000,
    forwardBackoffBaseMs: env.M4A_SIGNUP_FORWARD_BACKOFF_MS,
  };
  if (env.M4A_ACTION_NETWORK_KEY) {
    settings.actionNetwork = {
      key: env.M4A_ACTION_NETWORK_KEY,
      url: env.M4A_ACTION_NETWORK_URL ?? DEFAULT_ACTION_NETWORK_URL,
      tags: (env.M4A_ACTION_NETWORK_TAGS ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    };
  }
  if (env.M4A_WEBHOOK_URL) {
    settings.webhook = {
      url: env.M4A_WEBHOOK_URL,
      ...(env.M4A_WEBHOOK_SECRET ? { secret: env.M4A_WEBHOOK_SECRET } : {}),
    };
  }
  return settings;
}
