/** A lookup's answer: staleness, the split notice, explanations, legislators grouped by level, and data freshness. */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../../core/headings.js';
import type { Lang } from '../../shared/schemas/common.js';
import { localeFor } from '../../shared/locale.js';
import type { Dataset, Legislator, LookupNote, RepLookupResult } from '../../shared/schemas/representative.js';
import { around, formatDate, isStale, safeUrl, staleSince, telHref, type T } from './format.js';
import { congressName, stateName } from './labels.js';

export interface ResultsContext {
  t: T;
  lang: Lang;
  today: string;
  /** The backend answers ZIP codes only: asking for an address would not help. */
  zipOnly: boolean;
  /** Level of the group headings (`heading-level`); names are one below, or two under a sub-heading. */
  level: number;
  /** A legislator's card, its name at heading level `level`. */
  card: (l: Legislator, level: number) => TemplateResult;
  /** The partner's local targets covering this visitor, after state legislators; each card at heading level `level`. */
  local: { count: number; cards: (level: number) => TemplateResult[] };
  onAddAddress: () => void;
}

/** "North Carolina and Texas" / "Carolina del Norte y Texas". */
const listOf = (items: readonly string[], lang: Lang) =>
  new Intl.ListFormat(localeFor(lang), { type: 'conjunction' }).format(items);

/** The data sets still describing an earlier Congress than the one sitting (the latest of each kind counts). */
function notUpdated(r: RepLookupResult, c: ResultsContext): string | undefined {
  const current = r.currentCongress;
  if (current === undefined || !r.datasets) return undefined;
  const latest = new Map<Dataset['kind'], Dataset>();
  for (const d of r.datasets) if ((latest.get(d.kind)?.congress ?? -1) < d.congress) latest.set(d.kind, d);
  const old = [...latest.values()].filter((d) => d.congress < current);
  if (!old.length) return undefined;
  const { t, lang } = c;
  const items = old.map((d) =>
    t(`fresh.dataset.${d.kind}`, { congress: congressName(t, lang, d.congress), date: formatDate(d.asOf, lang) }),
  );
  return t('fresh.not-updated', { congress: congressName(t, lang, current), list: listOf(items, lang) });
}

function freshness(r: RepLookupResult, c: ResultsContext): TemplateResult {
  const { t, lang } = c;
  const sources = r.sources.map((s) => ({ name: s.name, href: safeUrl(s.url) }));
  const pending = notUpdated(r, c);
  return html`<div class="freshness small muted" part="freshness">
    <p>${t('fresh.as-of', { date: formatDate(r.dataAsOf, lang), congress: congressName(t, lang, r.congress) })}</p>
    ${pending ? html`<p>${pending}</p>` : nothing}
    ${
      sources.length
        ? html`<p>
          ${t('fresh.sources')}
          ${sources.map(
            (s, i) =>
              html`${i ? ', ' : ''}${
                s.href
                  ? html`<a href=${s.href} target="_blank" rel="noopener noreferrer"
                    >${s.name}<span class="visually-hidden"> ${t('card.new-tab')}</span></a
                  >`
                  : s.name
              }`,
          )}
        </p>`
        : nothing
    }
  </div>`;
}

function staleWarning(r: RepLookupResult, c: ResultsContext): TemplateResult | typeof nothing {
  if (!isStale(r, c.today)) return nothing;
  const { t, lang } = c;
  return html`<div class="status warning-box" part="status stale">
    <p><strong>${t('fresh.stale.title')}</strong></p>
    <p>${t('fresh.stale', { congress: congressName(t, lang, r.congress), date: formatDate(staleSince(r), lang) })}</p>
  </div>`;
}

function addAddressButton(c: ResultsContext): TemplateResult {
  return html`<button class="button secondary" part="button add-address" type="button" @click=${c.onAddAddress}>${c.t('split.action')}</button>`;
}

/** Where a visitor of a ZIP-only site can find their district by address: the House's own lookup. */
const FIND_DISTRICT_URL = 'https://www.house.gov/representatives/find-your-representative';

function findDistrict(c: ResultsContext): TemplateResult {
  const [before, after] = around(c.t, 'split.body.zip-only', 'link');
  return html`<p>
    ${before}<a href=${FIND_DISTRICT_URL} target="_blank" rel="noopener noreferrer"
      >${c.t('split.find-district')}<span class="visually-hidden"> ${c.t('card.new-tab')}</span></a
    >${after}
  </p>`;
}

function splitNotice(r: RepLookupResult, c: ResultsContext): TemplateResult | typeof nothing {
  if (r.status !== 'split') return nothing;
  const count = r.splitDistricts?.length ?? r.legislators.filter((l) => l.chamber === 'house').length;
  return html`<div class="status split" part="status split">
    ${heading(c.level, c.t('split.title', { count }), 'notice-title')}
    ${c.zipOnly ? findDistrict(c) : html`<p>${c.t('split.body')}</p>${addAddressButton(c)}`}
  </div>`;
}

/** Notes that send the visitor to the address form, unless this site looks up ZIP codes only. */
const NEEDS_ADDRESS: ReadonlySet<LookupNote> = new Set(['state-needs-address', 'house-needs-address']);

function noteText(n: LookupNote, r: RepLookupResult, c: ResultsContext): string {
  const { t, lang } = c;
  if (n !== 'house-needs-address' && n !== 'house-map-pending') {
    return n === 'state-needs-address' && c.zipOnly ? t('note.state-needs-address.zip-only') : t(`note.${n}`);
  }
  const params = {
    states: listOf(
      (r.redistricted ?? []).map((s) => stateName(t, s)),
      lang,
    ),
    congress: congressName(t, lang, r.currentCongress ?? r.congress),
  };
  if (n === 'house-needs-address' && c.zipOnly) return t('note.house-needs-address.zip-only', params);
  return t(`note.${n}`, params);
}

function notes(r: RepLookupResult, c: ResultsContext): TemplateResult | typeof nothing {
  const shown = r.notes.filter((n) => n !== 'data-stale');
  if (!shown.length) return nothing;
  // One "add your address" button is enough, on the first note asking for it.
  const button = shown.find((n) => NEEDS_ADDRESS.has(n) && r.status !== 'split' && !c.zipOnly);
  return html`<ul class="notes" part="notes">
    ${shown.map(
      (n) => html`<li data-note=${n}>${noteText(n, r, c)} ${n === button ? addAddressButton(c) : nothing}</li>`,
    )}
  </ul>`;
}

const cards = (list: readonly Legislator[], c: ResultsContext, level: number) =>
  html`<ul class="cards" role="list">
    ${list.map((l) => html`<li>${c.card(l, level)}</li>`)}
  </ul>`;

function heading(level: number, text: string, cls: string, id?: string): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} class=${cls} id=${id ?? nothing}>${text}</${tag}>`;
}

function federal(r: RepLookupResult, c: ResultsContext): TemplateResult | typeof nothing {
  const list = r.legislators.filter((l) => l.level === 'federal');
  if (!list.length) return nothing;
  const body =
    r.status === 'split'
      ? html`${cards(
          list.filter((l) => l.chamber !== 'house'),
          c,
          c.level + 1,
        )}
          ${heading(c.level + 1, c.t('split.candidates'), 'subgroup')}
          <p class="small">${c.t(c.zipOnly ? 'split.call-hint.zip-only' : 'split.call-hint')}</p>
          ${cards(
            list.filter((l) => l.chamber === 'house'),
            c,
            c.level + 2,
          )}`
      : cards(list, c, c.level + 1);
  return html`<section class="group" part="group" aria-labelledby="group-federal">
    ${heading(c.level, c.t('group.federal'), 'group-title', 'group-federal')}
    ${body}
  </section>`;
}

function stateGroups(r: RepLookupResult, c: ResultsContext): TemplateResult[] {
  const byState = new Map<string, Legislator[]>();
  for (const l of r.legislators) if (l.level === 'state') byState.set(l.state, [...(byState.get(l.state) ?? []), l]);
  return [...byState].map(
    ([state, list]) => html`<section class="group" part="group" aria-labelledby=${`group-state-${state}`}>
      ${heading(c.level, c.t('group.state', { state: stateName(c.t, state) }), 'group-title', `group-state-${state}`)}
      ${cards(list, c, c.level + 1)}
    </section>`,
  );
}

function localGroup(c: ResultsContext): TemplateResult | typeof nothing {
  if (!c.local.count) return nothing;
  return html`<section class="group" part="group" aria-labelledby="group-local">
    ${heading(c.level, c.t('group.local'), 'group-title', 'group-local')}
    <ul class="cards" role="list">
      ${c.local.cards(c.level + 1).map((card) => html`<li>${card}</li>`)}
    </ul>
  </section>`;
}

export function resultsView(r: RepLookupResult, c: ResultsContext): TemplateResult {
  if (r.status === 'not-found' || !r.legislators.length) {
    return html`<div class="results" part="results">
      <div class="status" part="status not-found">
        <p><strong>${c.t('lookup.not-found.title')}</strong></p>
        <p>${c.t(c.zipOnly ? 'lookup.not-found.zip-only' : `lookup.not-found.${r.query.kind}`)}</p>
      </div>
      ${staleWarning(r, c)} ${freshness(r, c)}
    </div>`;
  }
  return html`<div class="results" part="results">
    ${staleWarning(r, c)} ${splitNotice(r, c)} ${notes(r, c)} ${federal(r, c)} ${stateGroups(r, c)} ${localGroup(c)}
    ${freshness(r, c)}
  </div>`;
}

/** Whether the visitor surely lives in `l`'s seat: not a House candidate of a split ZIP (it may be someone else's). */
const surelyTheirs = (r: RepLookupResult, l: Legislator) =>
  r.status !== 'split' || (l.chamber === 'senate' && !r.notes.includes('cross-state'));

/** Who can be called, in order: a held seat with a phone, surely the visitor's. */
export const callQueue = (r: RepLookupResult): Legislator[] =>
  r.legislators.filter((l) => !l.vacant && telHref(l.phone) && surelyTheirs(r, l));

/** Who can be written to: every held seat surely the visitor's (paper always works, phone or not). */
export const writeQueue = (r: RepLookupResult): Legislator[] =>
  r.legislators.filter((l) => !l.vacant && surelyTheirs(r, l));
