/**
 * Which Congress is in session at a moment. The 20th Amendment seats each Congress at noon Eastern on January 3 of
 * an odd year (the 119th on 2025-01-03, the 120th on 2027-01-03): 1787 + 2n. January is always standard time, so
 * noon Eastern is 17:00 UTC. Everything takes its `now` from the caller so tests can stand on either side.
 */

/** The year Congress `n` is seated. */
export const seatingYear = (n: number) => 1787 + 2 * n;

/** The moment Congress `n` is seated (noon Eastern, January 3). */
export const congressStart = (n: number): Date => new Date(Date.UTC(seatingYear(n), 0, 3, 17));

/** The seating day of Congress `n` as an ISO date, e.g. `2027-01-03` for the 120th. */
export const seatingDate = (n: number) => `${seatingYear(n)}-01-03`;

/** The Congress in session at `now` (from its first noon to the next Congress's first noon). */
export function congressAt(now: Date): number {
  const n = Math.floor((now.getUTCFullYear() - 1787) / 2);
  return now.getTime() < congressStart(n).getTime() ? n - 1 : n;
}

/** The Congress whose terms end on `end` (a House term ends the day the next Congress is seated). */
export const congressEndingOn = (end: string) => (Number(end.slice(0, 4)) - 1789) / 2;
