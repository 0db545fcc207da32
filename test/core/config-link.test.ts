// Imports neither the config store nor the registry up front: this file checks what the widgets know before them.
import { expect, nextFrame } from '@open-wc/testing';
import {
  CONFIG_ELEMENT_ID,
  checkRegistration,
  configure,
  loadWiring,
  needsWiring,
  onPageChange,
  setWiringLoader,
  wired,
} from '../../src/core/config-link.js';

describe('config link', () => {
  it('needs no registry on a page without config, backend attributes or registered backends', () => {
    expect(wired()).to.equal(undefined);
    expect(needsWiring()).to.equal(false);
    expect(needsWiring({ backend: 'main' })).to.equal(true);
    expect(needsWiring({ backendUrl: '/api' })).to.equal(true);
  });

  it('needs the registry once the page has a config block', () => {
    const block = document.createElement('script');
    block.type = 'application/json';
    block.id = CONFIG_ELEMENT_ID;
    block.textContent = '{}';
    document.body.append(block);
    try {
      expect(needsWiring()).to.equal(true);
    } finally {
      block.remove();
    }
    expect(needsWiring()).to.equal(false);
  });

  it('checks registerBackend arguments at the call', () => {
    expect(() => checkRegistration('', () => ({}))).to.throw(TypeError);
    expect(() => checkRegistration('mine', 42)).to.throw(TypeError);
    expect(() => checkRegistration('mine', () => ({}))).not.to.throw();
    expect(() => checkRegistration('mine', { load: async () => () => ({}) })).not.to.throw();
  });

  it('tells listeners when <html lang> changes', async () => {
    let calls = 0;
    const stop = onPageChange(() => calls++);
    const lang = document.documentElement.lang;
    document.documentElement.lang = lang === 'es' ? 'en' : 'es';
    await nextFrame();
    document.documentElement.lang = lang;
    stop();
    expect(calls).to.be.greaterThan(0);
  });

  it('loads the registry for a config given before it arrived, and hands the config over', async () => {
    let loads = 0;
    setWiringLoader(() => (loads++, import('../../src/core/registry.js')));
    configure({ lang: 'es' });
    expect(needsWiring()).to.equal(true);
    const wiring = await loadWiring();
    expect(loads).to.equal(1);
    expect(wired()).to.equal(wiring);
    await wiring.configStore.ready();
    expect(wiring.configStore.state.config.lang).to.equal('es');
    expect(wiring.resolveBackendConfig({})).to.deep.equal({ ok: true, name: null, config: null });
    await loadWiring();
    expect(loads).to.equal(1);
  });
});
