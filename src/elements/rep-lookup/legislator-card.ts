/** One legislator: who, where, how to reach them, and where they stand (text and icon, never colour alone). */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../../core/headings.js';
import type { Lang } from '../../shared/schemas/common.js';
import { SOCIAL_NETWORKS, type Legislator, type Position, type Stance } from '../../shared/schemas/representative.js';
import { around, formatDate, initials, safeUrl, telHref, type T } from './format.js';
import { congressName, partyName, seatLabel } from './labels.js';

/** Brand names are not translated. */
const NETWORK_NAMES: Record<(typeof SOCIAL_NETWORKS)[number], string> = {
  twitter: 'X (Twitter)',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
};

const TONE: Record<Position, 'positive' | 'negative' | 'neutral'> = {
  sponsor: 'positive',
  cosponsor: 'positive',
  supports: 'positive',
  'not-cosponsor': 'neutral',
  'not-introduced': 'neutral',
  opposes: 'negative',
  unknown: 'neutral',
};

const ICON: Record<Position, TemplateResult> = {
  sponsor: svg`<path d="M8 1.5l2 4.2 4.6.6-3.4 3.2.9 4.5L8 11.8 3.9 14l.9-4.5L1.4 6.3 6 5.7z" />`,
  cosponsor: svg`<path d="M2.5 8.5l3.5 3.5 7.5-7.5" fill="none" stroke="currentColor" stroke-width="2.2" />`,
  supports: svg`<path d="M2.5 8.5l3.5 3.5 7.5-7.5" fill="none" stroke="currentColor" stroke-width="2.2" />`,
  'not-cosponsor': svg`<path d="M3 8h10" fill="none" stroke="currentColor" stroke-width="2.2" />`,
  'not-introduced': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2" />
    <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" stroke-width="2" />`,
  opposes: svg`<path d="M3.5 3.5l9 9M12.5 3.5l-9 9" fill="none" stroke="currentColor" stroke-width="2.2" />`,
  unknown: svg`<path d="M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5V11" fill="none" stroke="currentColor" stroke-width="2" /><circle cx="8" cy="13.6" r="1.1" />`,
};

/** Turns a legislator id (`ocd-person/…`, `vacant:WI-1`) into a token usable in element ids. */
export const domId = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

const capitalize = (s: string, lang: Lang) => s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);

/** The badge's words: a bill that is not introduced yet is named by its Congress, not by a number it lacks. */
function badgeText(t: T, lang: Lang, stance: Stance): string {
  if (stance.position !== 'not-introduced') {
    return t(`stance.${stance.position}`, { bill: stance.bill?.label ?? t('stance.bill-fallback') });
  }
  return stance.congress === undefined
    ? t('stance.not-introduced.this-congress')
    : t('stance.not-introduced', { congress: congressName(t, lang, stance.congress) });
}

/** Records in earlier Congresses ("Cosponsored H.R.3069 in the 119th Congress"), each with its source. */
function stanceHistory(t: T, lang: Lang, stance: Stance): TemplateResult | typeof nothing {
  if (!stance.history?.length) return nothing;
  return html`<ul class="history small" part="stance-history" aria-label=${t('stance.history.label')}>
    ${stance.history.map((h) => {
      const words = t(`stance.history.${h.role}`, { bill: h.bill.label, congress: congressName(t, lang, h.congress) });
      const href = safeUrl(h.source?.url);
      return html`<li>
        ${
          href
            ? html`<a href=${href} target="_blank" rel="noopener noreferrer"
              >${words}<span class="visually-hidden"> ${t('card.new-tab')}</span></a
            >`
            : words
        }
      </li>`;
    })}
  </ul>`;
}

/** `label`: the partner's own words for a local target's stance, shown instead of ours. */
export function stanceBadge(t: T, lang: Lang, stance: Stance, label?: string): TemplateResult {
  const sourceUrl = safeUrl(stance.source?.url);
  const date = formatDate(stance.asOf, lang);
  const source = stance.source ? around(t, 'stance.source', 'source', { date }) : undefined;
  return html`<div class="stance" part="stance">
    <p class="badge ${TONE[stance.position]}" part="stance-badge" data-position=${stance.position}>
      <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="currentColor">${ICON[stance.position]}</svg>
      <span>${label ?? badgeText(t, lang, stance)}</span>
    </p>
    <p class="small muted">
      ${
        source
          ? html`${source[0]}${
              sourceUrl
                ? html`<a href=${sourceUrl} target="_blank" rel="noopener noreferrer">${stance.source!.name}<span class="visually-hidden">
                  ${t('card.new-tab')}</span
                ></a>`
                : stance.source!.name
            }${source[1]}`
          : date
            ? t('stance.checked', { date })
            : nothing
      }
    </p>
    ${stanceHistory(t, lang, stance)}
  </div>`;
}

function externalLink(href: string, label: string, t: T, accessibleName?: string): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener noreferrer" aria-label=${accessibleName ? `${accessibleName} ${t('card.new-tab')}` : nothing}
    >${label}${accessibleName ? nothing : html`<span class="visually-hidden"> ${t('card.new-tab')}</span>`}</a
  >`;
}

export function contacts(
  t: T,
  l: Pick<Legislator, 'name' | 'phone' | 'contactUrl' | 'website' | 'email' | 'social' | 'offices'>,
): TemplateResult {
  const tel = telHref(l.phone);
  const contact = safeUrl(l.contactUrl);
  const website = safeUrl(l.website);
  const email = l.email && /^[^\s@<>]+@[^\s@<>]+$/.test(l.email) ? l.email : undefined;
  const social = SOCIAL_NETWORKS.flatMap((n) => {
    const href = safeUrl(l.social[n]);
    return href ? [{ n, href }] : [];
  });
  const offices = (l.offices ?? []).filter((o) => telHref(o.phone));
  return html`<ul class="contacts" part="contacts">
      ${tel ? html`<li><span class="muted">${t('card.phone')}:</span> <a href=${tel}>${l.phone}</a></li>` : nothing}
      ${contact ? html`<li>${externalLink(contact, t('card.contact-form'), t)}</li>` : nothing}
      ${website && website !== contact ? html`<li>${externalLink(website, t('card.website'), t)}</li>` : nothing}
      ${email ? html`<li><a href=${`mailto:${email}`}>${t('card.email')}</a></li>` : nothing}
    </ul>
    ${
      social.length
        ? html`<ul class="social" part="social">
          ${social.map(
            ({ n, href }) =>
              html`<li>${externalLink(href, NETWORK_NAMES[n], t, t('card.social', { name: l.name, network: NETWORK_NAMES[n] }))}</li>`,
          )}
        </ul>`
        : nothing
    }
    ${
      offices.length
        ? html`<details class="offices">
          <summary>${t('card.offices', { count: offices.length })}</summary>
          <ul>
            ${offices.map((o) => html`<li>${o.city}${o.state ? `, ${o.state}` : ''}: <a href=${telHref(o.phone)!}>${o.phone}</a></li>`)}
          </ul>
        </details>`
        : nothing
    }`;
}

export interface CardOptions {
  t: T;
  lang: Lang;
  today: string;
  /** Heading level of the name (one below its group, two under the split notice's sub-heading). */
  level: number;
  photoFailed: boolean;
  onPhotoError: () => void;
  /** The Call and Write buttons, their done marks and the open call or write panel. */
  actions: TemplateResult | typeof nothing;
}

export function legislatorCard(l: Legislator, o: CardOptions): TemplateResult {
  const { t, lang } = o;
  const nameId = domId('name', l.id);
  const name = l.vacant ? t('card.vacant') : l.name;
  const tag = headingTag(o.level);
  const heading = staticHtml`<${tag} id=${nameId} class="name">${name}</${tag}>`;
  const photo = safeUrl(l.photoUrl);
  // Titles are lower case mid-sentence in Spanish ("senador(a)"); on their own line they start with a capital.
  const title = capitalize(t(`title.${l.title}`), lang);
  const ended = !l.vacant && l.termEnd !== undefined && l.termEnd <= o.today;
  return html`<article class="card ${l.vacant ? 'vacant' : ''}" part="card" aria-labelledby=${nameId} data-id=${l.id}>
    <div class="card-head">
      ${
        photo && !o.photoFailed && !l.vacant
          ? html`<img class="photo" part="photo" src=${photo} alt=${t('card.photo-alt', { name: l.name })} loading="lazy" width="64" height="80"
            @error=${o.onPhotoError} />`
          : html`<span class="photo initials" part="photo" aria-hidden="true">${l.vacant ? '–' : initials(l.name)}</span>`
      }
      <div>
        ${heading}
        <p class="meta">${l.vacant ? title : html`${title}${l.party ? html` · ${partyName(t, l.party)}` : nothing}`}</p>
        <p class="meta muted">${t(`chamber.${l.chamber}`)} · ${seatLabel(t, l)}</p>
      </div>
    </div>
    ${
      l.vacant
        ? html`<p>${t('card.vacant-body')}</p>`
        : html`${stanceBadge(t, lang, l.stance)}
          ${ended ? html`<p class="warning small" part="warning">${t('card.term-ended', { date: formatDate(l.termEnd!, lang) })}</p>` : nothing}
          ${contacts(t, l)} ${o.actions}`
    }
  </article>`;
}
