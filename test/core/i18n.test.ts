import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/event-list.js';
import { configStore } from '../../src/core/config.js';
import { defineCatalog, matchLang, translate, loadCatalogs } from '../../src/core/i18n.js';
import type { CatalogKey, Translator } from '../../src/core/i18n.js';
import type { M4aEventList } from '../../src/elements/event-list/event-list.js';
import type { M4aRepLookup } from '../../src/elements/rep-lookup/rep-lookup.js';
import type { M4aSignupForm } from '../../src/elements/signup-form/signup-form.js';

describe('languages', () => {
  afterEach(() => {
    configStore.reset();
    document.documentElement.lang = 'en';
  });

  it('maps regional tags to the languages we ship', () => {
    expect(matchLang('es-MX')).to.equal('es');
    expect(matchLang('EN_us')).to.equal('en');
    expect(matchLang('fr')).to.equal(undefined);
  });

  it('fills placeholders and picks plural forms', async () => {
    const catalog = defineCatalog(
      { 'n.one': '{count} event', 'n.other': '{count} events', hi: 'Hi {name}' },
      { es: async () => ({ default: { 'n.one': '{count} evento', 'n.other': '{count} eventos' } }) },
    );
    await loadCatalogs([catalog], 'es');
    expect(translate([catalog], 'en', 'n', { count: 1 })).to.equal('1 event');
    expect(translate([catalog], 'es', 'n', { count: 3 })).to.equal('3 eventos');
    expect(translate([catalog], 'es', 'hi', { name: 'Ana' })).to.equal('Hi Ana');
  });

  // The type check of this file (npx tsc -p tsconfig.json) is the test: each @ts-expect-error line must not compile.
  it('types t() by the catalog keys: plural keys by their base, and a wrong key does not compile', () => {
    const catalog = defineCatalog({ 'rsvp.sent': 'Sent', 'n.one': '{count} event', 'n.other': '{count} events' }, {});
    const t: Translator<CatalogKey<typeof catalog>> = (key, params) => translate([catalog], 'en', key, params);
    expect(t('rsvp.sent')).to.equal('Sent');
    expect(t('n', { count: 2 })).to.equal('2 events');
    // @ts-expect-error: not a key of the catalog
    const wrong = () => t('rsvp.snet');
    expect(wrong).to.be.a('function');
  });

  it('types each widget’s t() by its own catalog and the shared one', () => {
    const keys = (signup: M4aSignupForm, events: M4aEventList, lookup: M4aRepLookup) => [
      signup.t('submit'),
      signup.t('error.offline'),
      events.t('count.shown', { count: 2 }),
      lookup.t('form.error.zip'),
      // @ts-expect-error: an RSVP string is the event list's, not the signup form's
      signup.t('rsvp.sent'),
      // @ts-expect-error: a signup string is not the rep lookup's
      lookup.t('queued.title'),
      // @ts-expect-error: a typo
      events.t('count.shwon'),
    ];
    expect(keys).to.be.a('function');
  });

  it('resolves element lang, then page config, then <html lang>', async () => {
    document.documentElement.lang = 'es';
    const el = await fixture(html`<m4a-event-list backend="nope"></m4a-event-list>`);
    const text = () => el.shadowRoot!.textContent ?? '';
    expect(text()).to.contain('no está configurado');
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
    configStore.configure({ lang: 'en' });
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(text()).to.contain('not set up correctly');
    el.setAttribute('lang', 'es-US');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(text()).to.contain('no está configurado');
  });
});
