/**
 * Checks that keep the default content checkable (issue #16): every stated number links its source in the same item,
 * English and Spanish say the same things with the same sources, and the review metadata is present and shared.
 *
 * The figure detector (`statesFigure`) flags, in an answer's text (tags removed) or an explainer point's title and
 * body: any digit (amounts, percentages, years, ages, bill numbers), `$` and `%`, and number words of scale (hundred,
 * thousand, million, billion, trillion, percent; cientos, mil, millones, billones, por ciento). Spelled-out small
 * counts ("two years", "one program") are not figures here: where they are bill-specific, the answer names its bill.
 * A FAQ item's source is a `sources` entry or a link in the answer; an explainer point's is its `learnMoreUrl`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { explainerEn } from '../../../src/shared/content/explainer.en.js';
import { explainerEs } from '../../../src/shared/content/explainer.es.js';
import { faqEn } from '../../../src/shared/content/faq.en.js';
import { faqEs } from '../../../src/shared/content/faq.es.js';
import { REVIEWED } from '../../../src/shared/content/sources.js';
import type { ExplainerContent, FaqContent } from '../../../src/shared/schemas/content.js';

const FIGURE =
  /\d|[$%]|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|percent|cientos?|mil|millones|mill[oó]n|billones|bill[oó]n|por ciento)\b/iu;

/** Whether a text states a number (see the header for what counts). */
const statesFigure = (text: string): boolean => FIGURE.test(text);
const plain = (html: string): string => html.replace(/<[^>]+>/g, ' ');

const faqSourced = (item: FaqContent['items'][number]): boolean =>
  (item.sources ?? []).length > 0 || /<a\s+href="https:\/\//.test(item.answer);

describe('the figure detector', () => {
  it('flags amounts, percentages, digits and scale words in both languages', () => {
    for (const text of [
      'capped at $200 a year',
      'about 13%',
      'in 2030',
      'more than 450 billion',
      '$1.5 trillion',
      'ten percent',
      'hundreds of insurers',
      '0.7 billones de dólares',
      '450 mil millones',
      'el 34.2%',
      'cinco por ciento',
    ]) {
      assert.ok(statesFigure(text), text);
    }
  });

  it('leaves plain words and small spelled-out counts alone', () => {
    for (const text of ['one public program', 'two years', 'dos años', 'families', 'milestone', 'billing staff']) {
      assert.ok(!statesFigure(text), text);
    }
  });
});

describe('default content sourcing', () => {
  it('gives a source in the same FAQ item wherever an answer states a number', () => {
    for (const faq of [faqEn, faqEs]) {
      for (const item of faq.items) {
        if (statesFigure(plain(item.answer)))
          assert.ok(faqSourced(item), `${faq.lang}/${item.id} states a number without a source`);
      }
    }
  });

  it('links a source from every explainer point that states a number', () => {
    for (const ex of [explainerEn, explainerEs]) {
      for (const item of ex.items) {
        if (statesFigure(`${item.title} ${item.body}`)) {
          assert.match(
            item.learnMoreUrl ?? '',
            /^https:\/\//,
            `${ex.lang}/${item.id} states a number without a source link`,
          );
        }
      }
    }
  });
});

describe('English and Spanish parity', () => {
  const faqShape = (c: FaqContent) => c.items.map((i) => ({ id: i.id, sources: (i.sources ?? []).map((s) => s.url) }));
  const explainerShape = (c: ExplainerContent) => c.items.map((i) => ({ id: i.id, url: i.learnMoreUrl }));
  const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

  it('keeps the same FAQ ids, in the same order, with the same source URLs', () => {
    assert.deepEqual(faqShape(faqEs), faqShape(faqEn));
  });

  it('keeps the same links inside FAQ answers', () => {
    faqEn.items.forEach((item, n) => assert.deepEqual(links(faqEs.items[n]!.answer), links(item.answer), item.id));
  });

  it('keeps the same explainer ids and source links', () => {
    assert.deepEqual(explainerShape(explainerEs), explainerShape(explainerEn));
  });

  it('states the same numbers in both languages', () => {
    const numbers = (text: string) => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.'));
    faqEn.items.forEach((item, n) => {
      const es = faqEs.items[n]!;
      assert.deepEqual(numbers(plain(es.answer)), numbers(plain(item.answer)), `faq/${item.id}`);
    });
    explainerEn.items.forEach((item, n) => {
      const es = explainerEs.items[n]!;
      assert.deepEqual(
        numbers(`${es.title} ${es.body}`),
        numbers(`${item.title} ${item.body}`),
        `explainer/${item.id}`,
      );
    });
  });
});

describe('review metadata', () => {
  it('dates every default content file with the same review and the same texts checked', () => {
    const all = [faqEn, faqEs, explainerEn, explainerEs];
    for (const c of all) {
      assert.equal(c.review?.reviewed, REVIEWED, `${c.kind}.${c.lang}`);
      assert.match(REVIEWED, /^\d{4}-\d{2}-\d{2}$/);
      assert.deepEqual(
        c.review?.checked.map((s) => s.url),
        faqEn.review?.checked.map((s) => s.url),
        `${c.kind}.${c.lang} lists the same texts`,
      );
    }
    const checked = faqEn.review?.checked.map((s) => s.url) ?? [];
    for (const bill of ['house-bill/3069', 'senate-bill/1506', 'cbo.gov/publication/56811']) {
      assert.ok(
        checked.some((u) => u.includes(bill)),
        `the review lists ${bill}`,
      );
    }
  });
});
