import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configStore, CONFIG_ELEMENT_ID, loadConfigSchemas } from '../../src/core/config.js';
import { resolveBackendConfig, registerBackend } from '../../src/core/registry.js';
import '../../src/define/signup-form.js';
import '../../src/define/program-explainer.js';
import type { M4aSignupForm } from '../../src/elements/signup-form/signup-form.js';
import type { M4aProgramExplainer } from '../../src/elements/program-explainer/program-explainer.js';

function setBlock(json: string) {
  document.getElementById(CONFIG_ELEMENT_ID)?.remove();
  const s = document.createElement('script');
  s.type = 'application/json';
  s.id = CONFIG_ELEMENT_ID;
  s.textContent = json;
  document.body.append(s);
}

describe('page config', () => {
  // Widgets await configStore.ready(); these tests read the store directly, so load the schemas first.
  before(() => loadConfigSchemas());

  afterEach(() => {
    document.getElementById(CONFIG_ELEMENT_ID)?.remove();
    configStore.reset();
  });

  it('accepts the documented shape from a JSON block', () => {
    setBlock(
      JSON.stringify({
        lang: 'es',
        backends: {
          main: { type: 'rest', url: 'https://example.org/api' },
          events: { type: 'mobilize', organizationId: 1234 },
        },
        defaultBackend: 'main',
      }),
    );
    configStore.reset();
    expect(configStore.state.problem).to.equal(undefined);
    expect(configStore.state.config.lang).to.equal('es');
    const main = resolveBackendConfig({});
    expect(main).to.deep.include({ ok: true, name: 'main' });
    const events = resolveBackendConfig({ backend: 'events' });
    expect(events.ok && events.config).to.deep.include({
      type: 'mobilize',
      organizationId: 1234,
      baseUrl: 'https://api.mobilize.us/v1',
    });
  });

  it('makes a single backend the default without naming it', () => {
    configStore.configure({ backends: { only: { type: 'static', url: '/data/' } } });
    expect(resolveBackendConfig({})).to.deep.include({ ok: true, name: 'only' });
  });

  it('lets backend-url win over the page config', () => {
    configStore.configure({ backends: { only: { type: 'static', url: '/data/' } } });
    const r = resolveBackendConfig({ backendUrl: 'https://x.example/api' });
    expect(r.ok && r.config).to.deep.equal({ type: 'rest', url: 'https://x.example/api' });
  });

  it('names the offending field of a bad backend', () => {
    configStore.configure({ backends: { events: { type: 'mobilize', organizationId: 'abc' } } });
    const r = resolveBackendConfig({});
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.extra.field).to.equal('backends.events.organizationId');
  });

  it('names an unknown backend name, an unknown type, and a missing default', () => {
    configStore.configure({ backends: { a: { type: 'rest', url: '/a' }, b: { type: 'nope' } } });
    const none = resolveBackendConfig({});
    expect(!none.ok && none.error.extra.field).to.equal('defaultBackend');
    const missing = resolveBackendConfig({ backend: 'c' });
    expect(!missing.ok && missing.error.extra.field).to.equal('backend');
    const unknown = resolveBackendConfig({ backend: 'b' });
    expect(!unknown.ok && unknown.error.extra.field).to.equal('backends.b.type');
  });

  it('accepts a type registered with registerBackend', () => {
    registerBackend('partner-api', () => ({}));
    configStore.configure({ backends: { p: { type: 'partner-api', anything: 1 } } });
    expect(resolveBackendConfig({})).to.deep.include({ ok: true, name: 'p' });
  });

  it('reports a JSON syntax error in the block', () => {
    setBlock('{ "lang": "es", }');
    configStore.reset();
    expect(configStore.state.problem?.path).to.equal('#m4a-config');
  });

  it('reports an unsupported language naming lang', () => {
    configStore.configure({ lang: 'fr' });
    expect(configStore.state.problem?.path).to.equal('lang');
  });

  it('shows a translated message naming the field in the widget, and warns once', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      configStore.configure({ lang: 'es', backends: { events: { type: 'mobilize' } } });
      const el = await fixture<M4aSignupForm>(html`<m4a-signup-form></m4a-signup-form>`);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('no está configurado correctamente');
      expect(alert.textContent).to.contain('backends.events.organizationId');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.filter((w) => String(w[0]).includes('m4a-signup-form'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('re-renders widgets when the config changes after they are on the page', async () => {
    const el = await fixture<M4aProgramExplainer>(html`<m4a-program-explainer></m4a-program-explainer>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    configStore.configure({ backends: { x: { type: 'bogus' } } });
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('backends.x.type');
  });
});
