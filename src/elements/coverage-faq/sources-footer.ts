/**
 * The FAQ's sources footer: when the content was last checked and against which texts (its `review` metadata), so a
 * partner or visitor can see how current the answers are. Content without a review shows no footer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../../core/i18n.js';
import type { CoreKey } from '../../core/messages.en.js';
import type { FaqKey } from './messages.en.js';
import type { ContentReview } from '../../shared/schemas/content.js';

type T = Translator<FaqKey | CoreKey>;

/** `2026-12-04` as "December 4, 2026" / "4 de diciembre de 2026", read as a calendar day (no time zone shift). */
function formatDay(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function sourcesFooter(t: T, review: ContentReview | undefined, lang: string): TemplateResult | typeof nothing {
  if (!review) return nothing;
  return html`<footer class="review" part="review">
    <p class="review-date" id="review-label">${t('review.date', { date: formatDay(review.reviewed, lang) })}</p>
    ${
      review.checked.length
        ? html`<ul class="sources" aria-labelledby="review-label">
          ${review.checked.map((s) => html`<li><a href=${s.url} rel="noopener">${s.label}</a></li>`)}
        </ul>`
        : nothing
    }
  </footer>`;
}
