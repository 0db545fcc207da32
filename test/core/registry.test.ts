// The registry knows no adapter: every type, built in or a partner's, comes through registerBackend, with what it
// can do and (optionally) an options schema. Widgets read the capabilities, never a type name.
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { configStore, loadConfigSchemas } from '../../src/core/config.js';
import { capabilitiesOf, getBackend, registerBackend, resolveBackendConfig } from '../../src/core/registry.js';
import '../../src/define/rep-lookup.js';
import { mount, $ } from '../elements/rep-lookup/support.js';

describe('backend registry', () => {
  before(() => loadConfigSchemas());
  afterEach(() => configStore.reset());

  it('exposes what a registered type declares it can do, in the resolution too', () => {
    registerBackend('zip-partner', () => ({}), { capabilities: { repLookup: 'zip-only', methods: ['lookupReps'] } });
    expect(capabilitiesOf('zip-partner')).to.deep.equal({ repLookup: 'zip-only', methods: ['lookupReps'] });
    expect(capabilitiesOf('never-registered')).to.deep.equal({});
    configStore.configure({ backends: { p: { type: 'zip-partner' } } });
    const r = resolveBackendConfig({});
    expect(r.ok && r.name !== null && r.capabilities).to.deep.equal({ repLookup: 'zip-only', methods: ['lookupReps'] });
  });

  it('checks a partner type’s options with the schema it registered, naming the field', () => {
    const options = z.object({ type: z.literal('checked-partner'), listId: z.number() });
    registerBackend('checked-partner', () => ({}), { options });
    configStore.configure({ backends: { crm: { type: 'checked-partner', listId: 'seven' } } });
    const bad = resolveBackendConfig({});
    expect(!bad.ok && bad.error.extra.field).to.equal('backends.crm.listId');
    configStore.configure({ backends: { crm: { type: 'checked-partner', listId: 7 } } });
    expect(resolveBackendConfig({})).to.deep.include({ ok: true, name: 'crm' });
  });

  it('loads a lazy factory only when a backend of its type is first used, once', async () => {
    let loads = 0;
    registerBackend('lazy-partner', {
      load: async () => {
        loads++;
        return () => ({ listEvents: async () => ({ events: [], next: null }) });
      },
    });
    configStore.configure({ backends: { l: { type: 'lazy-partner' } } });
    const r = resolveBackendConfig({});
    expect(loads).to.equal(0);
    if (!r.ok || r.name === null) throw new Error('not resolved');
    const backend = await getBackend(r.name, r.config);
    expect(backend.listEvents).to.be.a('function');
    await getBackend(r.name, r.config);
    expect(loads).to.equal(1);
  });

  it('lists the registered types when a config names an unknown one', () => {
    configStore.configure({ backends: { x: { type: 'nope' } } });
    const r = resolveBackendConfig({});
    expect(!r.ok && r.error.message).to.match(/Unknown backend type "nope" \(known: rest, static, mobilize, /);
  });

  it('a zip-only capability, not a type name, makes the rep lookup ask for a ZIP code only', async () => {
    const backend = { lookupReps: async () => ({}) as never };
    registerBackend('any-address', () => backend, { capabilities: { repLookup: 'address' } });
    registerBackend('my-zip-files', () => backend, { capabilities: { repLookup: 'zip-only' } });
    configStore.configure({ backends: { site: { type: 'any-address' } } });
    const full = await mount({});
    expect($(full, '#address')).to.not.equal(null);
    full.remove();
    configStore.reset();
    configStore.configure({ backends: { site: { type: 'my-zip-files' } } });
    const zipOnly = await mount({});
    expect($(zipOnly, '#zip')).to.not.equal(null);
    expect($(zipOnly, '#address')).to.equal(null);
    expect($(zipOnly, '[part~="location"]')).to.equal(null);
  });
});
