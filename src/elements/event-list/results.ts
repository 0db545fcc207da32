/**
 * The results under the filters: the list of cards, or the empty state, whose code (empty.ts) loads the first time
 * a list finds nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { M4aEvent } from '../../shared/schemas/event.js';
import { renderCard, type CardContext } from './card.js';
import type * as EmptyModule from './empty.js';
import type { EmptyContext } from './empty.js';

let emptyView: typeof EmptyModule | undefined;

/** Loads the empty state's code, once. */
export const loadEmptyView = () => import('./empty.js').then((m) => (emptyView = m));

/** Whether the empty state can be drawn now, without waiting for its code. */
export const emptyViewLoaded = () => emptyView !== undefined;

/** The empty state, or nothing until its code has arrived (`onLoaded`, given the module, then draws it). */
export function renderEmptyState(
  ctx: EmptyContext,
  onLoaded: (module: typeof EmptyModule) => void,
): TemplateResult | typeof nothing {
  if (emptyView) return emptyView.renderEmpty(ctx);
  void loadEmptyView().then(onLoaded);
  return nothing;
}

/**
 * The cards. They are kept by event while the query (`key`) stays, and drawn afresh for another query: a card
 * moving to a new place in a new list would count as a layout shift (one the visitor asked for, but still).
 */
export function renderList(
  o: { key: string; events: readonly M4aEvent[]; label: string; busy: boolean },
  ctx: CardContext,
): TemplateResult {
  return html`<ul class="events ${ctx.compact ? 'compact' : ''}" part="list" aria-label=${o.label} aria-busy=${o.busy ? 'true' : 'false'}>
    ${keyed(
      o.key,
      repeat(
        o.events,
        (e) => e.id,
        (e) => html`<li>${renderCard(e, ctx)}</li>`,
      ),
    )}
  </ul>`;
}
