/**
 * "Load more": the list draws a page of events at a time (the `page-size`), however many the backend sent. The
 * button first shows the next page of events already loaded (a JS backend may answer with thousands at once), then
 * fetches the pages after the first with the previous page's `next` cursor, kept for as long as the query they belong
 * to is the one shown. Focus moves to the first new event, so keyboard and screen reader users continue where the
 * new events start; the count line says how many are shown of how many.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toWidgetError, type WidgetError } from '../../core/errors.js';
import type { T } from './messages.en.js';
import { errorView } from '../../core/status.js';
import type { EventPage, M4aEvent } from '../../shared/schemas/event.js';
import type { CheckedPage } from './validated.js';

/** A first page and the query it answers (`JSON.stringify`-ed); later pages belong to that key. */
export interface FirstPage extends CheckedPage {
  key: string;
}

interface Pages {
  key: string;
  events: M4aEvent[];
  next: string | null;
  total?: number | undefined;
  status: 'idle' | 'loading' | 'error';
  error?: WidgetError;
}

export interface PagingHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class PagingController implements ReactiveController {
  private pages: Pages | undefined;
  private abort: AbortController | undefined;
  /** How many events of the query `key` are drawn, once the visitor asked for more than the first page. */
  private drawn: { key: string; count: number } | undefined;

  constructor(
    private readonly host: PagingHost,
    private readonly deps: {
      fetchPage: (first: FirstPage, cursor: string, signal: AbortSignal) => Promise<EventPage>;
      onError: (error: WidgetError) => void;
      onPage: (page: EventPage) => void;
      /** Checks the first page's events not checked yet (validated.ts); false when one does not pass. */
      checkAll: (first: FirstPage) => boolean;
    },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Stops a page in flight (the query changed). */
  cancel(): void {
    this.abort?.abort();
  }

  private of(first: FirstPage): Pages | undefined {
    return this.pages?.key === first.key ? this.pages : undefined;
  }

  /** The events of the pages loaded after the first, the same array until another page arrives. */
  later(first: FirstPage): readonly M4aEvent[] | undefined {
    return this.of(first)?.events;
  }

  /** Matching events in all pages, when the backend said. */
  total(first: FirstPage): number | undefined {
    return this.of(first)?.total ?? first.total;
  }

  /** How many of the loaded events to draw: a page, and a page more for each "Load more". */
  drawnCount(first: Pick<FirstPage, 'key'>, pageSize: number): number {
    return this.drawn?.key === first.key ? this.drawn.count : pageSize;
  }

  /** The button, when events are loaded but not drawn yet or the backend has more; `loaded`: events usable. */
  render(first: FirstPage, t: T, loaded: number, pageSize: number): TemplateResult | typeof nothing {
    const pages = this.of(first);
    const drawn = Math.min(loaded, this.drawnCount(first, pageSize));
    const more = drawn < loaded;
    if (!more && !(pages ? pages.next : first.next)) return nothing;
    const loading = pages?.status === 'loading';
    const load = () => void (more ? this.reveal(first, drawn, pageSize) : this.load(first, drawn, pageSize));
    return html`<div class="more">
      ${pages?.status === 'error' && pages.error ? errorView(t, pages.error, load) : nothing}
      <button class="button secondary" part="button more" type="button" aria-disabled=${loading ? 'true' : 'false'} @click=${load}>
        ${loading ? t('more.loading') : t('more.load')}
      </button>
    </div>`;
  }

  /** Draws the next page of loaded events. */
  private async reveal(first: FirstPage, shownBefore: number, pageSize: number): Promise<void> {
    if (!this.deps.checkAll(first)) return;
    this.drawn = { key: first.key, count: shownBefore + pageSize };
    this.host.requestUpdate();
    await this.focusFirstNew(shownBefore);
  }

  private async focusFirstNew(shownBefore: number): Promise<void> {
    await this.host.updateComplete;
    const firstNew = this.host.renderRoot.querySelectorAll<HTMLElement>('.events > li > article')[shownBefore];
    (firstNew ?? this.host.renderRoot.querySelector<HTMLElement>('.count'))?.focus();
  }

  private async load(first: FirstPage, shownBefore: number, pageSize: number): Promise<void> {
    const prior = this.of(first);
    if (prior?.status === 'loading') return;
    const cursor = prior ? prior.next : first.next;
    if (!cursor) return;
    const base = { key: first.key, events: prior?.events ?? [], next: cursor, total: prior?.total ?? first.total };
    this.set({ ...base, status: 'loading' });
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      const page = await this.deps.fetchPage(first, cursor, abort.signal);
      if (abort.signal.aborted) return;
      this.drawn = { key: first.key, count: shownBefore + pageSize };
      this.set({
        key: first.key,
        events: [...base.events, ...page.events],
        next: page.next,
        total: page.total ?? base.total,
        status: 'idle',
      });
      this.deps.onPage(page);
      await this.focusFirstNew(shownBefore);
    } catch (err) {
      const error = toWidgetError(err);
      if (error.kind === 'aborted' || abort.signal.aborted) return;
      this.deps.onError(error);
      this.set({ ...base, status: 'error', error });
    }
  }

  private set(pages: Pages): void {
    this.pages = pages;
    this.host.requestUpdate();
  }
}

/** "Showing 20 of 45 events", "Showing 3 events", "No events". */
export function countLine(t: T, shown: number, total: number): string {
  if (shown === 0) return t('count.none');
  return total > shown ? t('count.of', { count: total, shown }) : t('count.shown', { count: shown });
}
