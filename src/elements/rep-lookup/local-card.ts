/** A partner's local target (mayor, alder, county board): like a legislator's card, with the partner's own words. */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../../core/headings.js';
import type { Lang } from '../../shared/schemas/common.js';
import { initials, type T } from './format.js';
import { contacts, domId, stanceBadge } from './legislator-card.js';
import type { LocalEntry } from './target.js';

export interface LocalCardOptions {
  t: T;
  lang: Lang;
  level: number;
  photoFailed: boolean;
  onPhotoError: () => void;
  actions: TemplateResult | typeof nothing;
}

export function localCard(e: LocalEntry, o: LocalCardOptions): TemplateResult {
  const { t } = o;
  const l = e.target;
  const nameId = domId('name', l.id);
  const tag = headingTag(o.level);
  return html`<article class="card" part="card" aria-labelledby=${nameId} data-id=${l.id}>
    <div class="card-head">
      ${
        e.photoUrl && !o.photoFailed
          ? html`<img class="photo" part="photo" src=${e.photoUrl} alt=${t('card.photo-alt', { name: l.name })}
              loading="lazy" width="64" height="80" @error=${o.onPhotoError} />`
          : html`<span class="photo initials" part="photo" aria-hidden="true">${initials(l.name)}</span>`
      }
      <div>
        ${staticHtml`<${tag} id=${nameId} class="name">${l.name}</${tag}>`}
        <p class="meta">${l.title}</p>
      </div>
    </div>
    ${stanceBadge(t, o.lang, e.stance ?? { position: 'unknown', asOf: '' }, e.stanceLabel)}
    ${e.candidate ? html`<p class="small">${t('local.candidate')}</p>` : nothing}
    ${contacts(t, { name: l.name, phone: l.phone, contactUrl: l.contactUrl, email: l.email, social: {} })}
    ${l.address?.length ? html`<p class="small">${l.address.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</p>` : nothing}
    ${o.actions}
  </article>`;
}
