/**
 * States whose congressional districts change with a new Congress (server/reps/redistricted-120.json). From that
 * Congress's seating until a ZIP table for it covers the state, a ZIP there cannot tell the House district: the
 * lookup asks for the street address instead of answering from the old table.
 */
import * as z from 'zod/mini';
import { HttpUrl, IsoDate } from '../schemas/common.js';

export const RedistrictedState = z.object({
  state: z.string().check(z.regex(/^[A-Z]{2}$/)),
  /** One line: what changed and by whom. */
  reason: z.string().check(z.trim(), z.minLength(10), z.maxLength(240)),
  source: HttpUrl,
  /** When the source was last checked. */
  asOf: IsoDate,
});
export type RedistrictedState = z.infer<typeof RedistrictedState>;

export const RedistrictingFile = z.object({
  $comment: z.optional(z.string()),
  /** The Congress whose districts differ from the previous one's. */
  congress: z.number().check(z.int()),
  states: z.array(RedistrictedState),
});
export type RedistrictingFile = z.infer<typeof RedistrictingFile>;
