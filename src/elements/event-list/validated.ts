/**
 * Checking a backend's event page against the contract, with two shortcuts; every event is still checked by zod
 * before the list draws it, the envelope by {@link EventPage}, and one failing event fails the whole page, at the
 * same path and with the same message as a plain parse.
 * - A visitor's filter changes ask a JS backend for the same thousands of events again and again, and checking one
 *   with zod costs several times more than reading it: an event equal, field for field, to one checked before (the
 *   same id, the same JSON data) is taken from a cache instead.
 * - The list draws one page of events first: {@link checkedEventPage} checks the events in order until it has the
 *   ones that page shows, and leaves the rest ({@link UncheckedRest}) to {@link checkMore}, which the list runs in
 *   idle slices after that page has painted, or at once when it needs them sooner ("Load more"). Until then the
 *   count of events the rest will add is read from the raw data, the way the list counts checked ones.
 */
import * as z from 'zod/mini';
import { WidgetError } from '../../core/errors.js';
import { isPast } from '../../shared/calendar/time.js';
import { EventPage, M4aEvent } from '../../shared/schemas/event.js';

/** The envelope, events left for the checks below. */
const EventPageEnvelope = z.extend(EventPage, { events: z.array(z.unknown()) });

/** Events after the first page drawn, not checked yet. */
export interface UncheckedRest {
  /** The backend's events, all of them; `[0, next)` are checked. */
  readonly raw: readonly unknown[];
  next: number;
  /** The events checked so far, in order. */
  readonly checked: M4aEvent[];
  /** How many events the unchecked ones add to the list: upcoming, not repeated. */
  readonly upcoming: number;
}

export interface CheckedPage extends EventPage {
  /** Absent once every event is checked. */
  rest?: UncheckedRest | undefined;
}

/** Checked events by id, with a copy of the data they were checked from; cleared when full (rare and cheap). */
const checked = new Map<string, { data: unknown; event: M4aEvent }>();
const MAX_CACHED = 20_000;

const isPlainObject = (v: object) => {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Whether `raw` is JSON data equal to `copy` (a JSON copy of data checked before). A field set to `undefined` counts
 * as absent, as in JSON; anything JSON does not keep as it is (a Date, a class instance, a function) never matches.
 */
function sameData(raw: unknown, copy: unknown): boolean {
  if (raw === copy) return true;
  if (typeof raw !== 'object' || typeof copy !== 'object' || raw === null || copy === null) return false;
  if (Array.isArray(raw)) {
    if (!Array.isArray(copy) || raw.length !== copy.length) return false;
    for (let i = 0; i < raw.length; i++) if (!sameData(raw[i], copy[i])) return false;
    return true;
  }
  if (Array.isArray(copy) || !isPlainObject(raw)) return false;
  const from = raw as Record<string, unknown>;
  const to = copy as Record<string, unknown>;
  let fields = 0;
  for (const key of Object.keys(from)) {
    const value = from[key];
    if (value === undefined) continue;
    fields++;
    if (!Object.hasOwn(to, key) || !sameData(value, to[key])) return false;
  }
  return fields === Object.keys(to).length;
}

/** One event, from the cache or checked by {@link M4aEvent}; a problem's path starts at `events.<index>`. */
function checkOne(raw: unknown, index: number): { event: M4aEvent } | { issue: z.core.$ZodIssue } {
  const id = (raw as { id?: unknown } | null)?.id;
  const hit = typeof id === 'string' ? checked.get(id) : undefined;
  if (hit && sameData(raw, hit.data)) return { event: hit.event };
  const parsed = M4aEvent.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { issue: { ...issue, path: ['events', index, ...issue.path] } };
  }
  let data: unknown;
  try {
    data = JSON.parse(JSON.stringify(raw));
  } catch {
    // Not JSON data (a cycle, a BigInt in a field the contract ignores): checked again each time.
    return { event: parsed.data };
  }
  if (checked.size >= MAX_CACHED) checked.clear();
  checked.set(parsed.data.id, { data, event: parsed.data });
  return { event: parsed.data };
}

/** One schema per first-page size, made once. */
const schemas = new Map<number, ReturnType<typeof pageSchema>>();

/**
 * {@link EventPage}, parsed as described above: the events are checked in order until `firstPage` upcoming ones (not
 * repeated) are, the others left in `rest`. What the list passes to `call()` for `listEvents`.
 */
export function checkedEventPage(firstPage = Infinity): ReturnType<typeof pageSchema> {
  let schema = schemas.get(firstPage);
  if (!schema) schemas.set(firstPage, (schema = pageSchema(firstPage)));
  return schema;
}

const pageSchema = (firstPage: number) =>
  z.pipe(
    EventPageEnvelope,
    z.transform((envelope, ctx): CheckedPage => {
      const now = Date.now();
      const raw = envelope.events;
      const events: M4aEvent[] = [];
      const seen = new Set<string>();
      let upcoming = 0;
      let i = 0;
      for (; i < raw.length && upcoming < firstPage; i++) {
        const result = checkOne(raw[i], i);
        if ('issue' in result) {
          ctx.issues.push({ ...result.issue, input: envelope } as (typeof ctx.issues)[number]);
          return z.NEVER;
        }
        events.push(result.event);
        if (!seen.has(result.event.id) && !!seen.add(result.event.id) && !isPast(result.event, now)) upcoming++;
      }
      if (i === raw.length) return { ...envelope, events };
      // Counted as the list counts checked events; should one not pass, the whole page fails anyway.
      let later = 0;
      for (let j = i; j < raw.length; j++) {
        const e = raw[j] as { id?: unknown; start?: unknown; end?: unknown } | null;
        const id = String(e?.id);
        if (seen.has(id)) continue;
        seen.add(id);
        if (!(Date.parse(String(e?.end ?? e?.start)) <= now)) later++;
      }
      return { ...envelope, events, rest: { raw, next: i, checked: [], upcoming: later } };
    }),
  );

/** {@link EventPage} with the cache, every event checked at once: later pages, and tests. */
export const CheckedEventPage = checkedEventPage();

/**
 * Checks more of `page.rest`, until `deadline` (a `performance.now()` time; by default all of it). Once all are
 * checked, they join `page.events` and `rest` is gone. Throws the first problem as `call()` reports one.
 */
export function checkMore(page: CheckedPage, deadline = Infinity): void {
  const rest = page.rest;
  if (!rest) return;
  while (rest.next < rest.raw.length) {
    const result = checkOne(rest.raw[rest.next], rest.next);
    if ('issue' in result) {
      const path = result.issue.path.map(String).join('.');
      throw new WidgetError(
        'invalid-response',
        `listEvents() returned data that does not match the contract at "${path}": ${result.issue.message}`,
        { field: path },
      );
    }
    rest.checked.push(result.event);
    rest.next++;
    if (rest.next % 50 === 0 && performance.now() >= deadline) return;
  }
  page.events = [...page.events, ...rest.checked];
  page.rest = undefined;
}
