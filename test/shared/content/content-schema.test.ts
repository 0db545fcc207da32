/** The content schema's rules for partner-supplied content: answer markup, links, ids and clear error paths. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  Content,
  Cta,
  ExplainerContent,
  answerMarkupProblem,
  isSafeHref,
  type FaqContent,
} from '../../../src/shared/schemas/content.js';

const faq = (answer: string, id = 'q1') => ({
  kind: 'faq',
  lang: 'en',
  items: [{ id, category: 'cost', question: 'What does it cost?', answer }],
});

describe('answer markup', () => {
  it('accepts paragraphs, lists, links and emphasis', () => {
    for (const ok of [
      '<p>Plain text with 1 < 2 and a bare &amp; entity.</p>',
      '<p><strong>No</strong> <em>copays</em>.</p><ul><li>one</li><li><a href="https://www.congress.gov/x?a=1&amp;b=2">two</a></li></ul>',
      '<ol><li><p>nested paragraph</p></li></ol>',
      '<P>upper-case tags</P>',
      '<p><a href="#faq-cost">same page</a>, <a href="/join">same site</a>, <a href="mailto:team@example.org">mail</a></p>',
    ]) {
      assert.equal(answerMarkupProblem(ok), undefined, ok);
    }
  });

  it('rejects hostile or unsupported markup with a message that says what to do', () => {
    const cases: [string, RegExp][] = [
      ['<script>alert(1)</script>', /<script> is not allowed.*use only p, ul, ol, li, a, strong, em/],
      ['<img src=x onerror=alert(1)>', /<img> is not allowed/],
      ['<svg onload=alert(1)></svg>', /<svg> is not allowed/],
      ['<p onclick="alert(1)">x</p>', /<p> cannot have attributes/],
      ['<a href="javascript:alert(1)">x</a>', /must start with https:\/\//],
      ['<a href="java&#115;cript:alert(1)">x</a>', /Write & as &amp;/],
      ['<a href="/&#47;evil.example">x</a>', /Write & as &amp;/],
      ['<a href="data:text/html,x">x</a>', /must start with https:\/\//],
      ['<a href="//evil.example">x</a>', /must start with https:\/\//],
      ['<a href=https://x.org>x</a>', /quoted href/],
      ['<a href="https://x.org" target="_blank">x</a>', /exactly one attribute/],
      ['<!-- hidden -->', /Comments and declarations/],
      ['<p>unclosed', /<p> is never closed/],
      ['<p>x</em>', /<\/em> closes <p>/],
      ['</p>', /no matching <p>/],
      ['<li>orphan</li>', /<li> must be directly inside <ul> or <ol>/],
      ['<p><ul><li>x</li></ul></p>', /<ul> cannot be inside <p>/],
      ['<p><a href="#a"><a href="#b">x</a></a></p>', /cannot contain another link/],
      ['<p>x <br', /Unfinished tag/],
    ];
    for (const [html, message] of cases) {
      assert.match(answerMarkupProblem(html) ?? 'accepted', message, html);
    }
  });

  it('reports bad markup at the answer’s path', () => {
    const r = Content.safeParse(faq('<p>ok</p><iframe src="https://x.org"></iframe>'));
    assert.equal(r.success, false);
    assert.deepEqual(
      r.error!.issues.map((i) => i.path),
      [['items', 0, 'answer']],
    );
    assert.match(r.error!.issues[0]!.message, /<iframe> is not allowed/);
  });
});

describe('content schema', () => {
  it('names a duplicate id at the second use', () => {
    const c = faq('<p>a</p>');
    c.items.push({ ...c.items[0]! });
    const r = Content.safeParse(c);
    assert.equal(r.success, false);
    assert.deepEqual(
      r.error!.issues.map((i) => i.path),
      [['items', 1, 'id']],
    );
    assert.match(r.error!.issues[0]!.message, /"q1" is used twice/);
  });

  it('requires slug ids, known categories and icons, and a known kind', () => {
    const bad = Content.safeParse({
      kind: 'explainer',
      lang: 'en',
      items: [{ id: 'Not A Slug', title: 't', body: 'b', icon: 'rocket' }],
    });
    assert.deepEqual(bad.error!.issues.map((i) => i.path.join('.')).sort(), ['items.0.icon', 'items.0.id']);
    const category = Content.safeParse({
      ...faq('<p>a</p>'),
      items: [{ ...faq('<p>a</p>').items[0], category: 'pets' }],
    });
    assert.deepEqual(
      category.error!.issues.map((i) => i.path.join('.')),
      ['items.0.category'],
    );
    const kind = Content.safeParse({ kind: 'video', lang: 'en', items: [] });
    assert.match(kind.error!.issues[0]!.message, /kind must be one of: explainer, faq/);
  });

  it('trims text and rejects empty text', () => {
    const r = ExplainerContent.safeParse({
      kind: 'explainer',
      lang: 'es',
      items: [{ id: 'a', title: '  Hola  ', body: 'Texto.' }],
    });
    assert.ok(r.success);
    assert.equal(r.data.items[0]!.title, 'Hola');
    const empty = Content.safeParse({ kind: 'explainer', lang: 'es', items: [{ id: 'a', title: '   ', body: 'x' }] });
    assert.deepEqual(
      empty.error!.issues.map((i) => i.path.join('.')),
      ['items.0.title'],
    );
  });

  it('explains each problem in words a partner can act on', () => {
    const r = Content.safeParse({
      kind: 'faq',
      lang: 'fr',
      items: [{ category: 'cost', question: 'q', answer: '<p>a</p>' }],
    });
    assert.deepEqual(
      r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      ['lang: Use one of: en, es', 'items.0.id: This field is missing'],
    );
  });

  it('accepts an empty item list (the widgets show an empty state)', () => {
    assert.ok(Content.safeParse({ kind: 'faq', lang: 'en', items: [] }).success);
  });

  it('allows call-to-action links to https pages, same-site paths and fragments only', () => {
    for (const url of ['https://example.org/join', '/join', '#signup', 'http://localhost:8787/']) {
      assert.ok(Cta.safeParse({ text: 'Join', url }).success, url);
      assert.ok(isSafeHref(url), url);
    }
    for (const url of ['javascript:alert(1)', '//evil.example', 'data:text/html,x', 'join us', 'ftp://x.org']) {
      const r = Cta.safeParse({ text: 'Join', url });
      assert.equal(r.success, false, url);
      assert.deepEqual(
        r.error!.issues.map((i) => i.path.join('.')),
        ['url'],
      );
    }
  });
});

describe('review metadata', () => {
  const base = { kind: 'faq', lang: 'en', items: [] };
  const checked = [
    { label: 'H.R.3069, CRS summary', url: 'https://www.congress.gov/bill/119th-congress/house-bill/3069' },
  ];

  it('is optional, and kept when present', () => {
    assert.ok(Content.safeParse(base).success);
    const parsed = Content.safeParse({ ...base, review: { reviewed: '2026-12-04', checked } });
    assert.ok(parsed.success);
    assert.deepEqual((parsed.data as FaqContent).review, { reviewed: '2026-12-04', checked });
  });

  it('needs a YYYY-MM-DD date and web addresses for the texts checked', () => {
    const bad = Content.safeParse({ ...base, review: { reviewed: 'March 2026', checked } });
    assert.ok(!bad.success);
    assert.deepEqual(bad.error.issues[0]?.path, ['review', 'reviewed']);
    assert.match(bad.error.issues[0]?.message ?? '', /YYYY-MM-DD/);
    const badUrl = Content.safeParse({
      ...base,
      review: { reviewed: '2026-12-04', checked: [{ label: 'x', url: 'javascript:1' }] },
    });
    assert.ok(!badUrl.success);
  });
});
