/** The one set of attribute readers every widget uses: values, defaults, and errors that name the attribute. */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  attributeError,
  booleanAttribute,
  enumAttribute,
  headingLevelAttribute,
  integerAttribute,
  jsonAttribute,
} from '../../src/core/attributes.js';
import { WidgetError } from '../../src/core/errors.js';

/** The config error `fn` throws, or a failure when it throws none. */
function configError(fn: () => unknown): WidgetError {
  try {
    fn();
  } catch (err) {
    expect(err).to.be.instanceOf(WidgetError);
    expect((err as WidgetError).kind).to.equal('config');
    return err as WidgetError;
  }
  throw new Error('expected a config error');
}

describe('attributes', () => {
  it('names the attribute in the error, for the visitor’s message and the console', () => {
    const error = attributeError('view', '"grid" is not one of list, compact');
    expect(error.extra.field).to.equal('view');
    expect(error.detail).to.equal('view: "grid" is not one of list, compact');
  });

  it('enumAttribute: one of a fixed list, the default when absent', () => {
    expect(enumAttribute('view', 'compact', ['list', 'compact'], 'list')).to.equal('compact');
    expect(enumAttribute('view', ' compact ', ['list', 'compact'], 'list')).to.equal('compact');
    for (const absent of [undefined, null, '', '  ']) {
      expect(enumAttribute('view', absent, ['list', 'compact'], 'list')).to.equal('list');
    }
    const error = configError(() => enumAttribute('view', 'grid', ['list', 'compact'], 'list'));
    expect(error.extra.field).to.equal('view');
    expect(error.detail).to.equal('view: "grid" is not one of list, compact');
  });

  it('integerAttribute: a whole number in range, from text or a number', () => {
    const range = { min: 1, max: 100 };
    expect(integerAttribute('page-size', '20', range, 10)).to.equal(20);
    expect(integerAttribute('page-size', 100, range, 10)).to.equal(100);
    expect(integerAttribute('page-size', undefined, range, 10)).to.equal(10);
    for (const bad of ['0', '101', '2.5', 'ten']) {
      const error = configError(() => integerAttribute('page-size', bad, range, 10));
      expect(error.detail).to.equal(`page-size: "${bad}" must be a whole number from 1 to 100`);
    }
  });

  it('booleanAttribute: present means on, as in HTML, and on/off, yes/no, true/false read as meant', () => {
    expect(booleanAttribute('url-sync', '', false)).to.equal(true);
    for (const on of ['true', 'on', 'YES']) expect(booleanAttribute('url-sync', on, false)).to.equal(true);
    for (const off of ['false', 'off', 'no']) expect(booleanAttribute('url-sync', off, true)).to.equal(false);
    expect(booleanAttribute('url-sync', null, true)).to.equal(true);
    expect(booleanAttribute('url-sync', false, true)).to.equal(false);
    expect(configError(() => booleanAttribute('url-sync', 'sometimes', true)).extra.field).to.equal('url-sync');
  });

  it('jsonAttribute: text or an object checked by a schema, naming the exact setting that is wrong', () => {
    const Schema = z.strictObject({ phone: z.optional(z.strictObject({ hidden: z.optional(z.boolean()) })) });
    expect(jsonAttribute('fields', '{"phone": {"hidden": true}}', Schema)).to.deep.equal({ phone: { hidden: true } });
    expect(jsonAttribute('fields', { phone: {} }, Schema)).to.deep.equal({ phone: {} });
    expect(jsonAttribute('fields', '', Schema)).to.equal(undefined);
    expect(configError(() => jsonAttribute('fields', '{not json', Schema)).extra.field).to.equal('fields');
    const nested = configError(() => jsonAttribute('fields', '{"phone": {"hidden": "yes"}}', Schema));
    expect(nested.extra.field).to.equal('fields.phone.hidden');
    expect(nested.detail).to.match(/^fields\.phone\.hidden: /);
    expect(configError(() => jsonAttribute('fields', '{"phnoe": {}}', Schema)).extra.field).to.equal('fields');
    const named = configError(() => jsonAttribute('fields', '{"phnoe": {}}', Schema, { nameUnknownKey: true }));
    expect(named.extra.field).to.equal('fields.phnoe');
    expect(named.detail).to.equal('fields.phnoe: Unknown setting "phnoe"');
  });

  it('headingLevelAttribute: 2 to 6 by default, 1 where a widget allows it', () => {
    expect(headingLevelAttribute('4', 3)).to.equal(4);
    expect(headingLevelAttribute(undefined, 3)).to.equal(3);
    expect(headingLevelAttribute('1', 3, 1)).to.equal(1);
    const error = configError(() => headingLevelAttribute('1', 3));
    expect(error.extra.field).to.equal('heading-level');
    expect(error.detail).to.equal('heading-level: "1" must be a whole number from 2 to 6');
  });
});
