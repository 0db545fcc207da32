/**
 * The events a list shows of what the backend sent: checked ones (validated.ts), upcoming, not repeated across
 * pages, worked out once per page (again only when the page grows or one of them is over), not at every render.
 * A page's events after its first ones are checked in slices of idle time once those have painted, so that a
 * visitor's click waits for one slice at most, and at once when they are needed sooner.
 */
import type { WidgetError } from '../../core/errors.js';
import { toWidgetError } from '../../core/errors.js';
import { eventEnd } from '../../shared/calendar/time.js';
import type { M4aEvent } from '../../shared/schemas/event.js';
import type { FirstPage } from './paging.js';
import { checkMore } from './validated.js';

export interface UpcomingHost {
  connected(): boolean;
  requestUpdate(): void;
  reportError(error: WidgetError): void;
  /** Whether `page` is the one the list shows now. */
  shows(page: FirstPage): boolean;
  /** The pages loaded after `first`, the same array until another arrives (paging.ts). */
  later(first: FirstPage): readonly M4aEvent[] | undefined;
}

/** Milliseconds of checking per slice. */
const SLICE_MS = 5;

export class UpcomingEvents {
  /** An event of a page that did not pass once the rest of it was checked. */
  private failed: { page: FirstPage; error: WidgetError } | undefined;
  private known:
    { page: FirstPage; events: readonly M4aEvent[]; later: unknown; until: number; visible: M4aEvent[] } | undefined;

  constructor(private readonly host: UpcomingHost) {}

  /** The problem found in `page` after it was first shown, if any. */
  error(page: FirstPage | undefined): WidgetError | undefined {
    return page && this.failed?.page === page ? this.failed.error : undefined;
  }

  /** How many events the page adds to the list: the visible ones and those not checked yet. */
  count(page: FirstPage, visible: readonly M4aEvent[]): number {
    return visible.length + (page.rest?.upcoming ?? 0);
  }

  /** The events to list, of which at least `drawn` are checked when the page has that many. */
  visible(page: FirstPage, drawn: number): M4aEvent[] {
    const now = Date.now();
    const later = this.host.later(page);
    const known = this.known;
    if (known?.page === page && known.events === page.events && known.later === later && now < known.until) {
      return known.visible;
    }
    const seen = new Set<string>();
    const visible: M4aEvent[] = [];
    let until = Infinity;
    for (const events of [page.events, later ?? []]) {
      for (const e of events) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        const end = eventEnd(e);
        if (end <= now) continue;
        visible.push(e);
        if (end < until) until = end;
      }
    }
    this.known = { page, events: page.events, later, until, visible };
    // An event over since the page was checked leaves the first ones short: check on now.
    if (page.rest && visible.length < drawn && this.checkAll(page)) return this.visible(page, drawn);
    return visible;
  }

  /** Checks the rest of the page's events now; false, with the page's error shown, when one does not pass. */
  checkAll(page: FirstPage, deadline?: number): boolean {
    try {
      checkMore(page, deadline);
      return true;
    } catch (err) {
      const error = toWidgetError(err);
      this.failed = { page, error };
      this.host.reportError(error);
      this.host.requestUpdate();
      return false;
    }
  }

  /** Checks the rest of the page's events after the first ones painted, then draws the list again with them. */
  checkLater(page: FirstPage): void {
    const slice = (deadline: number) => {
      if (!page.rest || !this.host.connected() || !this.host.shows(page)) return;
      if (!this.checkAll(page, deadline)) return;
      if (page.rest) whenIdle(slice);
      else this.host.requestUpdate();
    };
    if (page.rest) whenIdle(slice);
  }
}

/** Runs `slice` with a deadline in an idle moment after the next frame (a timer after it, without rIC). */
function whenIdle(slice: (deadline: number) => void): void {
  if (typeof requestIdleCallback === 'function') {
    // A page never idle still gets a slice every half second.
    const ms = (idle: IdleDeadline) => (idle.didTimeout ? SLICE_MS : Math.min(idle.timeRemaining(), SLICE_MS));
    requestIdleCallback((idle) => slice(performance.now() + ms(idle)), { timeout: 500 });
  } else {
    requestAnimationFrame(() => setTimeout(() => slice(performance.now() + SLICE_MS)));
  }
}
