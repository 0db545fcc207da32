/**
 * The FAQ's search and topic filter: what is typed and chosen, which questions a search opens (and which were open
 * before it, restored when it is cleared), and, once typing pauses, the announced result count and one callback.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqIndex } from './faq-index.js';
import { terms } from './search.js';

/** Time typing must pause before the result count is announced and `m4a-faq-search` is sent. */
const SETTLE_MS = 400;

export interface SearchHost {
  index(): FaqIndex | undefined;
  openIds(): ReadonlySet<string>;
  setOpenIds(ids: ReadonlySet<string>): void;
  /** Typing paused on a search or topic: `count` questions match. */
  settled(count: number, category: string, filtering: boolean): void;
  focusSearch(): void;
}

export class FaqSearchController implements ReactiveController {
  query = '';
  category = '';
  private openBeforeSearch: ReadonlySet<string> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly faq: SearchHost,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  get words(): string[] {
    return terms(this.query);
  }

  onInput = (e: Event): void => {
    const query = (e.target as HTMLInputElement).value;
    const words = terms(query);
    const wasSearching = this.words.length > 0;
    this.query = query;
    if (words.length) {
      if (!wasSearching) this.openBeforeSearch = this.faq.openIds();
      // Answers that contain the words open, so their highlighted matches can be seen.
      this.faq.setOpenIds(new Set(this.faq.index()?.answerMatches(words)));
    } else if (wasSearching) {
      this.faq.setOpenIds(this.openBeforeSearch ?? new Set());
      this.openBeforeSearch = undefined;
    }
    this.changed();
  };

  onKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.query) {
      e.preventDefault();
      this.clear();
    }
  };

  onCategoryChange = (e: Event): void => {
    this.category = (e.target as HTMLSelectElement).value;
    this.changed();
  };

  clear = (): void => {
    this.reset();
    this.changed();
    this.faq.focusSearch();
  };

  /** Shows every question again (restoring what was open before a search), without announcing anything. */
  reset(): void {
    if (this.words.length) this.faq.setOpenIds(this.openBeforeSearch ?? this.faq.openIds());
    this.openBeforeSearch = undefined;
    this.query = '';
    this.category = '';
    this.host.requestUpdate();
  }

  private changed(): void {
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const filtering = this.words.length > 0 || this.category !== '';
      this.faq.settled(this.faq.index()?.filter(this.category, this.words).length ?? 0, this.category, filtering);
    }, SETTLE_MS);
  }
}
