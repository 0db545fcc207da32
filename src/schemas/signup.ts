/** Volunteer signups. Owned by the signup-form issue; this is the seed. */
import * as z from 'zod/mini';
import { Zip } from './common.js';

export const SignupRequest = z.object({
  email: z.email(),
  zip: Zip,
});
export type SignupRequest = z.infer<typeof SignupRequest>;
