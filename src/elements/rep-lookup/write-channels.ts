/**
 * The channels a letter leaves by (letter.ts orders them): their buttons and links, what each does when used, and
 * the printable letter (print view and PDF), dated, addressed to the office and signed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WriteChannel } from '../../shared/schemas/letters.js';
import { formatDate, safeUrl, type T } from './format.js';
import { addressLines, copy, mailto, type Letter } from './letter.js';
import type { Target } from './target.js';
import type { Draft, Printable, W, WriteSettings } from './write-types.js';

/** What a used channel says next (the note under the buttons). */
export type Note = { key: string; params?: Record<string, string> };

export interface ChannelContext {
  t: T;
  w: W;
  target: Target;
  letter: Letter;
  settings: WriteSettings;
  printable: () => Printable;
  /** Checks the form first: false stops the channel (the error summary shows). */
  valid: () => boolean;
  used: (channel: WriteChannel, note: Note) => void;
}

const full = (l: Letter) => `${l.subject}\n\n${l.body}`;

function link(c: ChannelContext, channel: WriteChannel, href: string, label: string, action: () => Promise<Note>) {
  const newTab = !href.startsWith('mailto:');
  return html`<a
    class="button"
    part="button channel"
    data-channel=${channel}
    href=${href}
    target=${newTab ? '_blank' : nothing}
    rel=${newTab ? 'noopener noreferrer' : nothing}
    @click=${(e: Event) => {
      if (!c.valid()) return e.preventDefault();
      void action().then((note) => c.used(channel, note));
    }}
    >${label}${newTab ? html`<span class="visually-hidden"> ${c.t('card.new-tab')}</span>` : nothing}</a
  >`;
}

function button(c: ChannelContext, channel: WriteChannel, label: string, action: () => Promise<Note>) {
  return html`<button
    class="button secondary"
    part="button channel"
    type="button"
    data-channel=${channel}
    @click=${() => c.valid() && void action().then((note) => c.used(channel, note))}
  >
    ${label}
  </button>`;
}

const copied = async (text: string, note: Note): Promise<Note> =>
  (await copy(text)) ? note : { key: 'write.note.copy-failed' };

export function channelControl(channel: WriteChannel, c: ChannelContext): TemplateResult {
  const { w, target, letter } = c;
  switch (channel) {
    case 'email': {
      const m = mailto(target.email!, letter);
      return m.viaClipboard
        ? link(c, channel, m.href, w('write.channel.email.long'), () =>
            copied(letter.body, { key: 'write.note.email.long' }),
          )
        : link(c, channel, m.href, w('write.channel.email'), async () => ({ key: 'write.note.email' }));
    }
    case 'form':
      return link(c, channel, target.contactUrl!, w('write.channel.form'), () =>
        copied(full(letter), { key: 'write.note.form', params: { subject: letter.subject } }),
      );
    case 'website':
      return html`<p class="small">${w('write.no-form')}</p>
        ${link(c, channel, target.website!, w('write.channel.website'), () => copied(full(letter), { key: 'write.note.website' }))}`;
    case 'handoff':
      return link(c, channel, safeUrl(c.settings.handoff[target.level])!, w('write.channel.handoff'), async () => ({
        key: 'write.note.handoff',
      }));
    case 'print':
      return button(c, channel, w('write.channel.print'), async () => {
        window.print();
        return { key: 'write.note.print' };
      });
    case 'pdf':
      return button(c, channel, w('write.channel.pdf'), async () => {
        const { letterPdf } = await import('./letter-pdf.js');
        download(await letterPdf(c.printable()), fileName(target));
        return { key: 'write.note.pdf' };
      });
  }
}

const fileName = (t: Target) =>
  `letter-${t.name
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase()}.pdf`;

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function printable(w: W, target: Target, draft: Draft, letter: Letter, s: WriteSettings): Printable {
  const office = w('letter.office', { title: target.title, name: target.name });
  const where = target.address?.length ? [...target.address] : target.locality ? [target.locality] : [];
  return {
    sender: [draft.name.trim(), ...addressLines(draft.address)].filter(Boolean),
    date: formatDate(s.today, s.lang),
    recipient: [office, ...where],
    subject: w('letter.re', { subject: letter.subject }),
    body: letter.body,
  };
}

/** Hidden on screen; under print media the only thing of the widget that shows (rep-lookup.styles.ts). */
export function printView(p: Printable, lang: string): TemplateResult {
  return html`<article class="print-letter" part="print-letter" lang=${lang}>
    <p class="print-sender">${p.sender.map((l) => html`${l}<br />`)}</p>
    <p>${p.date}</p>
    <p class="print-recipient">${p.recipient.map((l) => html`${l}<br />`)}</p>
    <p><strong>${p.subject}</strong></p>
    <div class="print-body">${p.body}</div>
  </article>`;
}
