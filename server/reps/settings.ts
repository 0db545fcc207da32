/**
 * The representative data's settings (server/config.ts spreads this shape into the server's environment schema):
 * the refresh schedule, the bills per Congress, a 120th-Congress ZIP table, a static bundle to rewrite.
 */
import * as z from 'zod/mini';
import { BillsFile } from 'm4a-widgets/shared/reps/bills.js';

/** `off`, or hours between refreshes (fractions allowed, at least 0.01). */
export const RefreshSchedule = z.pipe(
  z.string().check(
    z.trim(),
    z.regex(/^(off|\d+(\.\d+)?)$/, 'M4A_REPS_REFRESH is off or a number of hours, e.g. 24'),
    z.refine((v) => v === 'off' || Number(v) >= 0.01, 'M4A_REPS_REFRESH: at least 0.01 hours'),
  ),
  z.transform((v) => (v === 'off' ? null : Number(v))),
);

const billsJson = z.string().check(
  z.superRefine((text, ctx) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      ctx.issues.push({ code: 'custom', input: text, message: 'M4A_BILLS is not JSON' });
      return;
    }
    const r = BillsFile.safeParse(raw);
    if (!r.success) {
      const i = r.error.issues[0]!;
      ctx.issues.push({ code: 'custom', input: text, message: `M4A_BILLS ${i.path.join('.')}: ${i.message}` });
    }
  }),
);

export const REPS_ENV_SHAPE = {
  /** Hours between refreshes of the representative data from upstream (once per cluster), or `off`. */
  M4A_REPS_REFRESH: z._default(RefreshSchedule, 24),
  /** A bills file in the format of server/reps/bills.json, laid over the shipped one (e.g. the 120th's numbers). */
  M4A_BILLS_FILE: z.optional(z.string().check(z.minLength(1))),
  /** The same as JSON inline: `{"bills":[{"congress":120,"bill":"H.R.1234"}]}`. */
  M4A_BILLS: z.optional(billsJson),
  /** URL of a 120th-Congress ZIP table in the zccd.csv format, once one is published. */
  M4A_ZCCD120_URL: z.optional(z.url({ protocol: /^https?$/ })),
  /** Folder of a static bundle to rewrite after each successful refresh. */
  M4A_REPS_STATIC_DIR: z.optional(z.string().check(z.minLength(1))),
};
