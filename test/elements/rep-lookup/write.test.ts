import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { configStore } from '../../../src/core/config.js';
import { clearDeviceQueue, configureDeviceQueue } from '../../../src/core/device-queue.js';
import {
  $,
  $$,
  answer,
  card,
  fixtureUrl,
  loadFixture,
  mount,
  person,
  recordingBackend,
  search,
  text,
  type,
  type M4aRepLookup,
} from './support.js';

const MADISON = { city: 'Madison', state: 'WI', phone: '608-555-0100' };
const ana = person({
  id: 'A000001',
  name: 'Ana Ruiz',
  email: 'ana.ruiz@legis.example.gov',
  chamber: 'house',
  title: 'Representative',
  district: 2,
  offices: [MADISON],
  stance: { position: 'not-cosponsor', asOf: '2026-09-15', bill: { type: 'hr', number: 3069, label: 'H.R.3069' } },
});

async function openWrite(el: M4aRepLookup, id: string): Promise<void> {
  card(el, id).querySelector<HTMLButtonElement>('[part~="write"]')!.click();
  await waitUntil(() => card(el, id).querySelector('[part~="write-panel"]'), 'write panel did not open');
  await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('call-heading'), 'focus did not move');
}

const letter = (el: M4aRepLookup) => $(el, '.letter-body')!.textContent!;
const channel = (el: M4aRepLookup, c: string) => $<HTMLElement>(el, `[data-channel="${c}"]`)!;

/** Uses a channel without leaving the page: a link's own navigation (mail program, new tab) is cancelled. */
async function use(el: M4aRepLookup, c: string): Promise<void> {
  const stop = (e: Event) => e.preventDefault();
  el.shadowRoot!.addEventListener('click', stop);
  channel(el, c).click();
  el.shadowRoot!.removeEventListener('click', stop);
  await waitUntil(() => text(el, '.channel-note') !== '' || $(el, '.error-summary'), 'the channel did nothing');
  await el.updateComplete;
}

async function fill(el: M4aRepLookup, id: string, values: { name?: string; address?: string; personal?: string }) {
  for (const [field, value] of Object.entries(values)) type(el, `#write-${field}-${id}`, value);
  await el.updateComplete;
}

/** Records what the page copies (the clipboard needs a permission headless Chromium does not grant). */
function recordClipboard(): { copied: string[]; restore: () => void } {
  const copied: string[] = [];
  const original = navigator.clipboard.writeText;
  navigator.clipboard.writeText = async (t: string) => void copied.push(t);
  return { copied, restore: () => (navigator.clipboard.writeText = original) };
}

describe('<m4a-rep-lookup> write flow', () => {
  before(() => configureDeviceQueue({ namespace: 'rep-lookup-write-test', baseDelayMs: 50, maxDelayMs: 200 }));
  afterEach(async () => {
    configStore.reset();
    await emulateMedia({ media: 'screen' });
    await clearDeviceQueue();
  });

  it('puts Write beside Call on every card and composes the letter for the stance, with a preview', async () => {
    const el = await mount({ 'backend-url': fixtureUrl('single') });
    await search(el, '53703');
    expect($$(el, '[part~="write"]')).to.have.length(3);
    const row = card(el, 'B001230').querySelector('.call-row')!;
    expect([...row.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Call', 'Write']);
    const button = card(el, 'B001230').querySelector('[part~="write"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Write to Tammy Baldwin: open the letter');
    await openWrite(el, 'B001230');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(el, '.call-heading')).to.equal('Write to Senator Tammy Baldwin');
    // A cosponsor is thanked.
    expect(text(el, '.letter-subject')).to.equal('Subject: Thank you for supporting Medicare for All (S.1506)');
    expect(letter(el)).to.match(/^Dear Senator Tammy Baldwin,\n\nI live in ZIP code 53703 and I am writing to thank/);
    await fill(el, 'B001230', {
      name: 'Rosa Park',
      address: '1 Main St\nMadison, WI 53703',
      personal: 'My clinic closed.',
    });
    expect(letter(el)).to.match(/\n\nMy clinic closed\.\n\nSincerely,\nRosa Park\n1 Main St\nMadison, WI 53703$/);
    expect(text(el, '#write-personal-B001230-count')).to.equal('483 of 500 characters left');
    await expect(el).to.be.accessible();

    // Johnson has not cosponsored: he is asked to.
    card(el, 'J000293').querySelector<HTMLButtonElement>('[part~="write"]')!.click();
    await waitUntil(() => card(el, 'J000293').querySelector('[part~="write-panel"]'));
    expect(text(el, '.letter-subject')).to.equal('Subject: Please cosponsor Medicare for All (S.1506)');
    expect(letter(el)).to.contain('Sincerely,\nRosa Park', 'the draft is kept from one letter to the next');
    expect(card(el, 'B001230').querySelector('[part~="write-panel"]')).to.equal(null);
  });

  it('emails the office with subject and body, then records "I sent it" with the channel only', async () => {
    const rec = recordingBackend(() => answer([ana]));
    const el = await mount({ source: 'pnhp-wi' });
    await search(el, '53703');
    await openWrite(el, 'A000001');
    await fill(el, 'A000001', { name: 'Rosa Park' });
    const href = channel(el, 'email').getAttribute('href')!;
    const url = new URL(href);
    expect(url.protocol + url.pathname).to.equal('mailto:ana.ruiz@legis.example.gov');
    expect(url.searchParams.get('subject')).to.equal('Please cosponsor Medicare for All (H.R.3069)');
    expect(url.searchParams.get('body')).to.equal(letter(el));
    expect(href).to.not.contain('+', 'spaces are %20, which every mail program reads');
    expect(text(el, '[data-channel="email"]')).to.equal('Email the office');
    await use(el, 'email');
    expect(text(el, '.channel-note')).to.contain('Your email program opens with the letter');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'm4a-write-outcome');
    $<HTMLButtonElement>(el, '[data-outcome="sent"]')!.click();
    expect((await event).detail).to.deep.equal({ targetId: 'A000001', outcome: 'sent', channel: 'email' });
    await waitUntil(() => $(el, '.thanks'));
    expect(text(el, '.thanks')).to.equal('Thank you! Your letter to Ana Ruiz was counted.');
    expect(el.shadowRoot!.activeElement?.classList.contains('thanks')).to.equal(true);
    expect(rec.writes.map((w) => w.outcome)).to.deep.equal([
      { targetId: 'A000001', outcome: 'sent', channel: 'email', source: 'pnhp-wi' },
    ]);
    expect(rec.writes[0]!.options!.idempotencyKey).to.be.a('string');
    expect(text(el, '[part~="done"]')).to.equal('✓ Letter sent');
    await expect(el).to.be.accessible();
  });

  it('a letter too long for a mailto link is copied, the link carries the subject only, and says paste', async () => {
    recordingBackend(() => answer([ana]));
    const long = 'Health care is a human right. '.repeat(70);
    const letters = {
      en: { cosponsor: { subject: 'Please cosponsor {bill}', body: `Dear {legislatorName},\n\n${long}` } },
    };
    const el = await mount({ letters: JSON.stringify(letters) });
    await search(el, '53703');
    await openWrite(el, 'A000001');
    await fill(el, 'A000001', { name: 'Rosa Park' });
    const link = channel(el, 'email');
    expect(link.getAttribute('href')).to.equal(
      'mailto:ana.ruiz@legis.example.gov?subject=Please%20cosponsor%20H.R.3069',
    );
    expect(link.textContent!.trim()).to.equal('Copy the letter and email the office');
    const clip = recordClipboard();
    try {
      await use(el, 'email');
      expect(clip.copied).to.deep.equal([letter(el)]);
      expect(clip.copied[0]).to.match(/^Dear Ana Ruiz,\n\nHealth care/);
    } finally {
      clip.restore();
    }
    expect(text(el, '.channel-note')).to.contain('paste it into the body');
  });

  it('hands off to the office’s web form with the letter copied, or to its website, said as such', async () => {
    recordingBackend(async () => loadFixture('single'));
    const el = await mount({});
    await search(el, '53703');
    await openWrite(el, 'B001230');
    await fill(el, 'B001230', { name: 'Rosa Park' });
    expect($$(el, '[part~="channel"]').map((c) => c.dataset.channel)).to.deep.equal(['form', 'print', 'pdf']);
    const form = channel(el, 'form');
    expect(form.getAttribute('href')).to.equal('https://www.baldwin.senate.gov/feedback');
    expect(form.getAttribute('target')).to.equal('_blank');
    expect(form.textContent).to.contain('(opens in a new tab)');
    const clip = recordClipboard();
    try {
      await use(el, 'form');
      expect(clip.copied[0]).to.equal(`Thank you for supporting Medicare for All (S.1506)\n\n${letter(el)}`);
    } finally {
      clip.restore();
    }
    expect(text(el, '.channel-note')).to.contain(
      'paste the letter into its message field and the subject, “Thank you for supporting Medicare for All (S.1506)”',
    );

    card(el, 'P000607').querySelector<HTMLButtonElement>('[part~="write"]')!.click();
    await waitUntil(() => card(el, 'P000607').querySelector('[part~="write-panel"]'));
    expect($$(el, '[part~="channel"]').map((c) => c.dataset.channel)).to.deep.equal(['website', 'print', 'pdf']);
    expect(channel(el, 'website').getAttribute('href')).to.equal('https://pocan.house.gov/');
    expect(text(el, '.channels')).to.contain(
      'This office publishes no contact form; the button opens its official website.',
    );
  });

  it('prints the letter alone: dated, addressed, signed, with none of the widget’s chrome', async () => {
    recordingBackend(() => answer([ana]));
    const el = await mount({ today: '2026-10-05' });
    await search(el, '53703');
    await openWrite(el, 'A000001');
    await fill(el, 'A000001', { name: 'Rosa Park', address: '1 Main St\nMadison, WI 53703' });
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      await use(el, 'print');
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
    expect(text(el, '.channel-note')).to.contain('The print dialog shows only the letter');
    const sheet = $(el, '.print-letter')!;
    expect(getComputedStyle(sheet).display).to.equal('none', 'not on screen');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(sheet).display).to.not.equal('none');
    for (const chrome of $$(el, '[part~="base"] > :not(.print-letter)')) {
      expect(getComputedStyle(chrome).display).to.equal('none', chrome.className);
    }
    const paper = sheet.innerText;
    expect(paper).to.contain('Rosa Park\n1 Main St\nMadison, WI 53703');
    expect(paper).to.contain('October 5, 2026');
    expect(paper).to.contain('Office of Representative Ana Ruiz\nMadison, WI');
    expect(paper).to.contain('Re: Please cosponsor Medicare for All (H.R.3069)');
    expect(paper).to.match(/Sincerely,\nRosa Park\n1 Main St\nMadison, WI 53703$/);
  });

  it('downloads a PDF of the letter', async () => {
    recordingBackend(() => answer([ana]));
    const el = await mount({});
    await search(el, '53703');
    await openWrite(el, 'A000001');
    await fill(el, 'A000001', { name: 'Rosa Park', personal: 'Mi clínica cerró.' });
    const create = URL.createObjectURL;
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return create(b);
    };
    try {
      await use(el, 'pdf');
    } finally {
      URL.createObjectURL = create;
    }
    expect(blobs).to.have.length(1);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).to.equal('%PDF-');
    expect(bytes.length).to.be.greaterThan(1500);
    expect(text(el, '.channel-note')).to.equal('The PDF is downloaded: print it, sign it, and mail it.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[data-outcome="sent"]')!.click();
    await waitUntil(() => $(el, '.thanks'));
  });

  it('uses the partner’s hand-off for a level instead of the built-in channels', async () => {
    const rec = recordingBackend(() =>
      answer([
        ana,
        person({
          id: 'S000001',
          name: 'Sam Lee',
          level: 'state',
          chamber: 'state-senate',
          title: 'State Senator',
          district: 26,
        }),
      ]),
    );
    const el = await mount({ handoff: '{"federal": "https://actionnetwork.org/letters/m4a"}' });
    await search(el, '53703');
    await openWrite(el, 'A000001');
    expect($$(el, '[part~="channel"]').map((c) => c.dataset.channel)).to.deep.equal(['handoff']);
    expect(channel(el, 'handoff').getAttribute('href')).to.equal('https://actionnetwork.org/letters/m4a');
    await expect(el).to.be.accessible();
    await fill(el, 'A000001', { name: 'Rosa Park' });
    await use(el, 'handoff');
    $<HTMLButtonElement>(el, '[data-outcome="sent"]')!.click();
    await waitUntil(() => rec.writes.length === 1);
    expect(rec.writes[0]!.outcome.channel).to.equal('handoff');
    card(el, 'S000001').querySelector<HTMLButtonElement>('[part~="write"]')!.click();
    await waitUntil(() => card(el, 'S000001').querySelector('[part~="write-panel"]'));
    expect($$(el, '[part~="channel"]').map((c) => c.dataset.channel)).to.deep.equal(['print', 'pdf']);
    expect(text(el, '[part~="write-panel"]')).to.contain('The data has no postal address for this office');

    const bad = await mount({ handoff: '{"federal": "javascript:alert(1)"}' });
    await waitUntil(() => $(bad, '[part~="error"]'), 'the bad hand-off was not named');
    expect(text(bad, '[part~="error"]')).to.contain('Check the setting “handoff.federal”.');
    await expect(bad).to.be.accessible();
  });

  it('requires the visitor’s own sentence where the partner says so, naming each field in error', async () => {
    const rec = recordingBackend(() => answer([ana]));
    const el = await mount({ 'require-personal': true });
    await search(el, '53703');
    await openWrite(el, 'A000001');
    expect(text(el, 'label[for="write-personal-A000001"]')).to.equal('Why this matters to you');
    channel(el, 'email').click();
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('error-summary'), 'summary not focused');
    expect($$(el, '.error-summary a').map((a) => a.textContent!.trim())).to.deep.equal([
      'Enter your name: it signs the letter',
      'Write a sentence about why this matters to you',
    ]);
    const personal = $(el, '#write-personal-A000001')!;
    expect(personal.getAttribute('aria-invalid')).to.equal('true');
    expect(personal.getAttribute('aria-describedby')).to.contain('write-personal-A000001-error');
    expect(text(el, '#write-personal-A000001-error')).to.equal('Write a sentence about why this matters to you');
    expect($(el, '[data-outcome]')).to.equal(null);
    await expect(el).to.be.accessible();
    $<HTMLAnchorElement>(el, '.error-summary li:last-child a')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(personal);
    await fill(el, 'A000001', { name: 'Rosa Park', personal: 'I pay $600 a month for insulin.' });
    await use(el, 'email');
    expect($(el, '.error-summary')).to.equal(null);
    expect(letter(el)).to.contain('\n\nI pay $600 a month for insulin.\n\nSincerely,');
    $<HTMLButtonElement>(el, '[data-outcome="not-now"]')!.click();
    await waitUntil(() => $(el, '.thanks'));
    expect(text(el, '.thanks')).to.equal('No problem: you can come back to Ana Ruiz any time.');
    expect(rec.writes[0]!.outcome.outcome).to.equal('not-now');
    expect($(el, '[part~="done"]')).to.equal(null);
  });

  it('uses the partner’s letters per language; a bad one is named and ours are used', async () => {
    const letters = {
      en: {
        thank: { subject: 'Thanks, {legislatorName}', body: 'Dear {legislatorTitle} {legislatorName}, thank you.' },
      },
    };
    const el = await mount({ 'backend-url': fixtureUrl('single'), letters: JSON.stringify(letters) });
    await search(el, '53703');
    await openWrite(el, 'B001230');
    expect(text(el, '.letter-subject')).to.equal('Subject: Thanks, Tammy Baldwin');
    expect(letter(el)).to.match(/^Dear Senator Tammy Baldwin, thank you\.\n\nSincerely,/);

    const bad = await mount({
      'backend-url': fixtureUrl('single'),
      letters: '{"en": {"thank": {"subject": "Hi {nmae}"}}}',
    });
    await waitUntil(() => $(bad, '[part~="error"]'), 'the bad letters were not named');
    const alert = text(bad, '[part~="error"]');
    expect(alert).to.contain('Check the setting “letters.en.thank');
    await search(bad, '53703');
    await openWrite(bad, 'B001230');
    expect(text(bad, '.letter-subject')).to.equal('Subject: Thank you for supporting Medicare for All (S.1506)');
  });

  it('Spanish: the panel, the letter and its outcome', async () => {
    recordingBackend(() => answer([ana]), { write: false });
    const el = await mount({ lang: 'es' });
    await search(el, '53703');
    expect(text(el, '[part~="write"]')).to.equal('Escribir');
    await openWrite(el, 'A000001');
    expect(text(el, '.call-heading')).to.equal('Escribir a Ana Ruiz, representante');
    expect(text(el, '.letter-subject')).to.equal('Asunto: Le pido que copatrocine Medicare para Todos (H.R.3069)');
    expect(letter(el)).to.match(/^Estimado\(a\) representante Ana Ruiz:/);
    await fill(el, 'A000001', { name: 'Rosa Park' });
    expect(letter(el)).to.match(/Atentamente,\nRosa Park$/);
    expect(text(el, 'label[for="write-personal-A000001"]')).to.equal('Por qué esto le importa (opcional)');
    await use(el, 'email');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[data-outcome="sent"]')!.click();
    await waitUntil(() => $(el, '.thanks'));
    expect(text(el, '.thanks')).to.equal('¡Gracias por escribir a Ana Ruiz!', 'a backend that cannot count letters');
    await expect(el).to.be.accessible();
  });

  it('is keyboard operable from the Write button to "I sent it", and Close gives focus back', async () => {
    const rec = recordingBackend(() => answer([ana]));
    const el = await mount({});
    await search(el, '53703');
    card(el, 'A000001').querySelector<HTMLButtonElement>('[part~="write"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('call-heading'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('write-name-A000001');
    await sendKeys({ type: 'Rosa' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1 Main St' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Because.' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-channel')).to.equal('email');
    // Enter on the mail link would leave the page for the mail program; the print button stands in for it.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-channel')).to.equal('print');
    const print = window.print;
    window.print = () => undefined;
    try {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[data-outcome="sent"]'));
    } finally {
      window.print = print;
    }
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-outcome')).to.equal('sent');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('thanks'));
    expect(rec.writes[0]!.outcome).to.deep.equal({ targetId: 'A000001', outcome: 'sent', channel: 'print' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'button write');
    expect($(el, '[part~="write-panel"]')).to.equal(null);
  });

  it('an outcome that cannot be sent waits on the device and is sent again with the same key', async () => {
    const rec = recordingBackend(() => answer([ana]), {
      write: (_o, n) => {
        if (n === 1) throw new TypeError('Failed to fetch');
        return { id: 'w2', status: 'created' };
      },
    });
    const el = await mount({});
    await search(el, '53703');
    await openWrite(el, 'A000001');
    await fill(el, 'A000001', { name: 'Rosa Park' });
    await use(el, 'pdf');
    $<HTMLButtonElement>(el, '[data-outcome="sent"]')!.click();
    await waitUntil(() => $(el, '.thanks'));
    expect(text(el, '.thanks')).to.equal(
      'Thank you! Your letter to Ana Ruiz is saved on this device and will be counted once you are back online.',
    );
    await expect(el).to.be.accessible();
    await waitUntil(() => rec.writes.length === 2, 'the queue did not resend');
    expect(rec.writes[1]!.options!.idempotencyKey).to.equal(rec.writes[0]!.options!.idempotencyKey);
  });
});
