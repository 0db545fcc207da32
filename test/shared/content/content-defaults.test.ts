/**
 * The default explainer and FAQ content shipped in src/content: valid against the shared schema, complete in both
 * languages, with the same ids, and answers limited to the allowed HTML.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from '../../../src/shared/schemas/common.js';
import {
  ANSWER_TAGS,
  CONTENT_KINDS,
  Content,
  EXPLAINER_ICONS,
  FAQ_CATEGORIES,
  answerMarkupProblem,
} from '../../../src/shared/schemas/content.js';
import { explainerEn } from '../../../src/shared/content/explainer.en.js';
import { explainerEs } from '../../../src/shared/content/explainer.es.js';
import { faqEn } from '../../../src/shared/content/faq.en.js';
import { faqEs } from '../../../src/shared/content/faq.es.js';
import { loadDefaultContent } from '../../../src/shared/content/index.js';

const ALL = [explainerEn, explainerEs, faqEn, faqEs];

/** Every tag in an HTML string, found independently of the schema's own checker. */
function tags(html: string): { name: string; attrs: string; closing: boolean }[] {
  return [...html.matchAll(/<(\/?)([^\s>/]+)([^>]*)>/g)].map((m) => ({
    closing: m[1] === '/',
    name: m[2]!.toLowerCase(),
    attrs: m[3]!.trim(),
  }));
}

describe('default content', () => {
  it('matches the shared Content schema, kind and language as named', () => {
    for (const c of ALL) {
      const parsed = Content.safeParse(c);
      assert.ok(parsed.success, `${c.kind}.${c.lang}: ${JSON.stringify(parsed.error?.issues)}`);
      assert.deepEqual(parsed.data, c, `${c.kind}.${c.lang} is already in its parsed (trimmed) form`);
    }
    assert.deepEqual(
      ALL.map((c) => `${c.kind}.${c.lang}`),
      ['explainer.en', 'explainer.es', 'faq.en', 'faq.es'],
    );
  });

  it('loads each kind and language on demand', async () => {
    for (const kind of CONTENT_KINDS) {
      for (const lang of LANGS) {
        const c = await loadDefaultContent(kind, lang);
        assert.equal(c.kind, kind);
        assert.equal(c.lang, lang);
      }
    }
  });

  it('has at least 15 FAQ entries per language, with unique ids', () => {
    for (const faq of [faqEn, faqEs]) {
      assert.ok(faq.items.length >= 15, `${faq.lang} has ${faq.items.length} questions`);
      const ids = faq.items.map((i) => i.id);
      assert.equal(new Set(ids).size, ids.length, `${faq.lang} ids are unique`);
    }
  });

  it('uses the same ids, categories and sources in both languages', () => {
    assert.deepEqual(
      faqEs.items.map((i) => [i.id, i.category, i.sources?.map((s) => s.url)]),
      faqEn.items.map((i) => [i.id, i.category, i.sources?.map((s) => s.url)]),
    );
    assert.deepEqual(
      explainerEs.items.map((i) => [i.id, i.icon, i.learnMoreUrl]),
      explainerEn.items.map((i) => [i.id, i.icon, i.learnMoreUrl]),
    );
  });

  it('asks the questions the campaign needs answered, in every category', () => {
    const ids = new Set(faqEn.items.map((i) => i.id));
    for (const id of [
      'cost-to-me',
      'how-paid-for',
      'dental-vision-hearing',
      'mental-health',
      'prescriptions',
      'long-term-care',
      'reproductive-care',
      'choose-doctor',
      'employer-insurance',
      'medicare-now',
      'medicaid-chip',
      'veterans-ihs',
      'insurance-workers',
      'non-citizens',
      'wait-times',
      'public-option',
      'transition-time',
    ]) {
      assert.ok(ids.has(id), `FAQ answers "${id}"`);
    }
    assert.deepEqual(new Set(faqEn.items.map((i) => i.category)), new Set(FAQ_CATEGORIES));
  });

  it('covers the five explainer points, each with an icon', () => {
    for (const ex of [explainerEn, explainerEs]) {
      assert.deepEqual(
        ex.items.map((i) => i.id),
        ['one-program', 'comprehensive-care', 'no-bills', 'everyone-covered', 'fair-transition'],
      );
      for (const item of ex.items) assert.ok(item.icon && EXPLAINER_ICONS.includes(item.icon));
    }
  });

  it('keeps explainer bodies short enough to read in seconds', () => {
    for (const ex of [explainerEn, explainerEs]) {
      const words = ex.items.reduce((n, i) => n + i.title.split(/\s+/).length + i.body.split(/\s+/).length, 0);
      assert.ok(words <= 220, `${ex.lang} explainer has ${words} words`);
      for (const item of ex.items) {
        const sentences = item.body.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;
        assert.ok(sentences <= 2, `${ex.lang}/${item.id} has ${sentences} sentences`);
      }
    }
  });

  it('limits every answer to the allowed tags, with only https links', () => {
    for (const faq of [faqEn, faqEs]) {
      for (const item of faq.items) {
        const where = `${faq.lang}/${item.id}`;
        assert.equal(answerMarkupProblem(item.answer), undefined, where);
        assert.ok(!item.answer.includes('<!'), `${where} has no comments`);
        for (const tag of tags(item.answer)) {
          assert.ok((ANSWER_TAGS as readonly string[]).includes(tag.name), `${where}: <${tag.name}>`);
          if (tag.closing || tag.name !== 'a') {
            assert.equal(tag.attrs, '', `${where}: <${tag.name}> has no attributes`);
          } else {
            assert.match(tag.attrs, /^href="https:\/\/[^"\s]+"$/, `${where}: link`);
          }
        }
        assert.ok(tags(item.answer).length > 0 && item.answer.startsWith('<p>'), `${where} starts with a paragraph`);
      }
    }
  });

  it('cites sources over https, and every figure in an answer has one', () => {
    for (const faq of [faqEn, faqEs]) {
      for (const item of faq.items) {
        for (const s of item.sources ?? []) assert.match(s.url, /^https:\/\//);
        const text = item.answer.replace(/<[^>]+>/g, '');
        if (/\d+(?:[.,]\d+)?\s?%|\$\s?\d|\d+\s?(?:dólares|billones|mil millones)/.test(text)) {
          assert.ok((item.sources ?? []).length > 0, `${faq.lang}/${item.id} gives a figure and cites a source`);
        }
      }
    }
  });

  it('states the bills’ transition periods as the bill texts set them', () => {
    const en = faqEn.items.find((i) => i.id === 'transition-time')!.answer;
    assert.match(en, /House bill \(H\.R\.3069\), <strong>two years<\/strong>/);
    assert.match(en, /Senate bill \(S\.1506\) takes <strong>four years<\/strong>/);
    const es = faqEs.items.find((i) => i.id === 'transition-time')!.answer;
    assert.match(es, /<strong>dos años<\/strong>/);
    assert.match(es, /<strong>cuatro años<\/strong>/);
  });
});
