/** Representatives, stances on the Medicare for All Act, call outcomes. Owned by the rep-lookup issue; this is the seed. */
import * as z from 'zod/mini';
import { Zip } from './common.js';

export const RepLookupQuery = z.object({ zip: z.optional(Zip), address: z.optional(z.string()) });
export type RepLookupQuery = z.infer<typeof RepLookupQuery>;

export const RepLookupResult = z.object({ legislators: z.array(z.looseObject({ name: z.string() })) });
export type RepLookupResult = z.infer<typeof RepLookupResult>;

export const CALL_OUTCOMES = ['talked-to-staff', 'left-voicemail', 'busy', 'skipped'] as const;
export const CallOutcome = z.object({ legislatorId: z.string(), outcome: z.enum(CALL_OUTCOMES) });
export type CallOutcome = z.infer<typeof CallOutcome>;

export const CallStats = z.object({ count: z.number(), since: z.string() });
export type CallStats = z.infer<typeof CallStats>;
