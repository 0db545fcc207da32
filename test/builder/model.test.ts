// The builder offers the built-in backend types from the one list (src/backends/index.ts) and judges what each can
// do from the capabilities the types declare, so a new built-in type or method needs no edit here.
import { expect } from '@open-wc/testing';
import { BUILT_IN_BACKENDS, BUILT_IN_BACKEND_TYPES } from '../../src/backends/index.js';
import { BACKEND_TYPES, canDo } from '../../src/builder/model.js';
import { $$, builder } from './support.js';

describe('embed builder backend choices', () => {
  it('are "none" and the built-in types, in the order of the list', async () => {
    expect(BACKEND_TYPES).to.deep.equal(['none', ...BUILT_IN_BACKEND_TYPES]);
    const el = await builder();
    const radios = $$(el, '[data-field="backend.type"] input[type="radio"]') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).to.deep.equal([...BACKEND_TYPES]);
  });

  it('know what each type can do from its declared capabilities', () => {
    expect(canDo('none', 'listEvents')).to.equal(false);
    for (const type of BUILT_IN_BACKEND_TYPES) {
      const { methods } = BUILT_IN_BACKENDS[type].capabilities as { methods?: readonly string[] };
      expect(canDo(type, 'listEvents'), type).to.equal(!methods || methods.includes('listEvents'));
      expect(canDo(type, 'submitSignup'), type).to.equal(!methods || methods.includes('submitSignup'));
    }
    expect(canDo('rest', 'submitSignup')).to.equal(true);
    expect(canDo('static', 'submitSignup')).to.equal(false);
  });
});
