/**
 * Checking a backend's event page against the contract, with one shortcut. A visitor's filter changes ask the
 * backend for the same events again and again (thousands of them, from a JS backend), and checking each one with zod
 * costs several times more than reading it: an event whose exact JSON text was checked before is taken from a cache
 * instead of being parsed again. Everything new or changed still goes through {@link M4aEvent}, the envelope through
 * {@link EventPage}, and one failing event fails the whole page, at the same path, as a plain parse would.
 */
import * as z from 'zod/mini';
import { EventPage, M4aEvent } from '../../shared/schemas/event.js';

/** The envelope, events left for {@link checkedEvents}. */
const EventPageEnvelope = z.extend(EventPage, { events: z.array(z.unknown()) });
type Envelope = z.output<typeof EventPageEnvelope>;

/** Checked events by their JSON text; cleared rather than evicted one by one, which is rare and cheap. */
const checked = new Map<string, M4aEvent>();
const MAX_CACHED = 20_000;
const Events = z.array(M4aEvent);

/** The page's events checked by {@link M4aEvent}, or the first problem as zod reports it, path from `events`. */
function checkedEvents(page: Envelope): { page: EventPage } | { issue: z.core.$ZodIssue } {
  const keys = page.events.map((raw) => JSON.stringify(raw));
  const misses: number[] = [];
  const events = keys.map((key, i) => {
    const hit = checked.get(key);
    if (!hit) misses.push(i);
    return hit;
  });
  if (misses.length) {
    const parsed = Events.safeParse(misses.map((i) => page.events[i]));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { issue: { ...issue, path: ['events', misses[issue.path[0] as number]!, ...issue.path.slice(1)] } };
    }
    if (checked.size + misses.length > MAX_CACHED) checked.clear();
    parsed.data.forEach((event, j) => {
      const i = misses[j]!;
      events[i] = event;
      checked.set(keys[i]!, event);
    });
  }
  return { page: { ...page, events: events as M4aEvent[] } };
}

/** {@link EventPage}, parsed as described above: what the list passes to `call()` for `listEvents`. */
export const CheckedEventPage = z.pipe(
  EventPageEnvelope,
  z.transform((envelope, ctx): EventPage => {
    const result = checkedEvents(envelope);
    if ('page' in result) return result.page;
    ctx.issues.push({ ...result.issue, input: envelope } as (typeof ctx.issues)[number]);
    return z.NEVER;
  }),
);
