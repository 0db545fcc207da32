/** The one locale resolver: each widget language as the US variant every Intl formatter is given. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localeFor } from '../../src/shared/locale.js';

describe('localeFor', () => {
  it('gives each widget language its US variant', () => {
    assert.equal(localeFor('en'), 'en-US');
    assert.equal(localeFor('es'), 'es-US');
  });

  it('passes any other tag through, and is not fooled by inherited names', () => {
    assert.equal(localeFor('fr-CA'), 'fr-CA');
    assert.equal(localeFor('toString'), 'toString');
  });

  it('makes US Spanish write times and miles as US readers expect', () => {
    const six = Date.UTC(2026, 0, 1, 18);
    const time = new Intl.DateTimeFormat(localeFor('es'), { timeStyle: 'short', timeZone: 'UTC' }).format(six);
    assert.match(time.replace(/\s/g, ' '), /^6:00 p\.\s?m\.$/);
    assert.equal(new Intl.NumberFormat(localeFor('es'), { maximumFractionDigits: 1 }).format(12.5), '12.5');
  });
});
