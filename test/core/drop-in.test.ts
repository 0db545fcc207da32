import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { TAGS } from '../../src/core/tags.js';
import { configStore } from '../../src/core/config.js';

describe('drop-in', () => {
  afterEach(() => configStore.reset());

  it('installs one namespace with configure, registerBackend and load', () => {
    expect(window.M4A?.version).to.be.a('string');
    expect(window.M4A?.configure).to.be.a('function');
    expect(window.M4A?.registerBackend).to.be.a('function');
    expect(Object.isFrozen(window.M4A)).to.equal(true);
  });

  it('fetches an element only when it appears on the page', async () => {
    expect(customElements.get('m4a-event-list')).to.equal(undefined);
    await fixture(html`<div><section><m4a-event-list></m4a-event-list></section></div>`);
    await customElements.whenDefined('m4a-event-list');
    expect(customElements.get('m4a-event-list')).to.be.a('function');
    expect(customElements.get('m4a-rep-lookup')).to.equal(undefined);
  });

  it('loads an element created later by script', async () => {
    const el = document.createElement('m4a-rep-lookup');
    document.body.append(el);
    await customElements.whenDefined('m4a-rep-lookup');
    expect(el.shadowRoot).to.not.equal(null);
    el.remove();
  });

  it('loads everything on request', async () => {
    await window.M4A!.load!();
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('is harmless when loaded a second time: one warning, no error', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (msg: string) => warnings.push(String(msg));
    try {
      const first = window.M4A;
      // A different URL makes the browser evaluate the entry again, as a second <script> of another version would.
      await import(/* @vite-ignore */ `../../src/index.ts?copy=${Date.now()}`);
      await import(/* @vite-ignore */ `../../src/all-in-one.ts?copy=${Date.now()}`);
      expect(window.M4A).to.equal(first);
      expect(warnings.filter((w) => w.includes('loaded more than once'))).to.have.length(2);
    } finally {
      console.warn = warn;
    }
  });

  it('takes in config set before the script loaded', async () => {
    // Simulates the pre-load stub by installing a namespace in a fresh window-like state.
    const { installNamespace } = await import('../../src/core/namespace.js');
    const saved = Object.getOwnPropertyDescriptor(window, 'M4A')!;
    delete (window as { M4A?: unknown }).M4A;
    window.M4A = { config: { lang: 'es' }, q: [{ backends: { a: { type: 'rest', url: '/api' } } }] };
    try {
      expect(installNamespace(async () => undefined)).to.equal(true);
      await configStore.ready();
      expect(configStore.state.config.lang).to.equal('es');
      expect(Object.keys(configStore.state.config.backends ?? {})).to.deep.equal(['a']);
    } finally {
      Object.defineProperty(window, 'M4A', saved);
    }
  });

  it('renders every element accessibly with no config', async () => {
    await window.M4A!.load!();
    const el = await fixture(html`<div>${TAGS.map((t) => document.createElement(t))}</div>`);
    await expect(el).to.be.accessible();
  });
});
