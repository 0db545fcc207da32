import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/event-list.js';
import { configStore } from '../../src/core/config.js';
import { defineCatalog, matchLang, translate, loadCatalogs } from '../../src/core/i18n.js';

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
