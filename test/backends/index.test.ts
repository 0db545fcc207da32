// The one list of built-in backend types: registered through registerBackend like a partner's, each adapter's code
// fetched only when a page config names its type, and each declaring the methods its adapter really has.
import { expect } from '@open-wc/testing';
import { BUILT_IN_BACKENDS, BUILT_IN_BACKEND_TYPES, registerBuiltInBackends } from '../../src/backends/index.js';
import type { Backend } from '../../src/core/backend.js';
import { configStore, loadConfigSchemas } from '../../src/core/config.js';
import { capabilitiesOf, getBackend, resolveBackendConfig } from '../../src/core/registry.js';

/** Whether the browser fetched a module of ours (the test runner serves each source file on its own). */
const fetched = (path: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(path));

describe('built-in backends', () => {
  before(async () => {
    registerBuiltInBackends();
    await loadConfigSchemas();
  });
  afterEach(() => configStore.reset());

  it('are registered with their capabilities, in the order of the list', () => {
    expect(BUILT_IN_BACKEND_TYPES).to.deep.equal(['rest', 'static', 'mobilize']);
    for (const type of BUILT_IN_BACKEND_TYPES)
      expect(capabilitiesOf(type)).to.equal(BUILT_IN_BACKENDS[type].capabilities);
    expect(capabilitiesOf('static').repLookup).to.equal('zip-only');
  });

  it('load an adapter’s code only when a backend of that type is first used', async () => {
    configStore.configure({ backends: { files: { type: 'static', url: '/fake/files/' } } });
    const r = resolveBackendConfig({});
    expect(r.ok).to.equal(true);
    expect(fetched('/src/backends/static.ts'), 'static adapter fetched before use').to.equal(false);
    if (!r.ok || r.name === null) throw new Error('not resolved');
    const backend = await getBackend(r.name, r.config);
    expect(backend.lookupReps).to.be.a('function');
    expect(fetched('/src/backends/static.ts'), 'static adapter fetched on use').to.equal(true);
    expect(fetched('/src/backends/mobilize.ts'), 'mobilize adapter never named').to.equal(false);
  });

  it('declare exactly the methods their adapters have (none declared: all of them)', async () => {
    const entries = {
      rest: { type: 'rest', url: '/api' },
      static: { type: 'static', url: '/files/' },
      mobilize: { type: 'mobilize', organizationId: 1 },
    };
    const all: Array<keyof Backend> = ['getContent', 'listEvents', 'submitSignup', 'submitRsvp', 'lookupReps'];
    for (const type of BUILT_IN_BACKEND_TYPES) {
      configStore.configure({ backends: { [type]: entries[type] }, defaultBackend: type });
      const r = resolveBackendConfig({});
      if (!r.ok || r.name === null) throw new Error(`${type} not resolved`);
      const backend = await getBackend(r.name, r.config);
      const has = Object.keys(backend).sort();
      const declared = (BUILT_IN_BACKENDS[type].capabilities as { methods?: readonly string[] }).methods;
      if (declared) expect(has, type).to.deep.equal([...declared].sort());
      else expect(has, type).to.include.members(all);
    }
  });
});
