/**
 * `GET /api/content/:kind` on the reference server: defaults in both languages, caching headers, errors in the REST
 * contract's shape, and replacement files from M4A_CONTENT_DIR validated at startup.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { createApp } from '../../../server/app.js';
import type { AppDeps } from '../../../server/deps.js';
import { loadConfig } from '../../../server/config.js';
import { openSqlite } from '../../../server/db/index.js';
import { CONTENT_ENV_SHAPE, ContentFileError, contentDir, loadContent } from '../../../server/content/store.js';
import { ApiError } from '../../../src/shared/schemas/common.js';
import { Content, FaqContent, type ExplainerContent } from '../../../src/shared/schemas/content.js';
import { faqEn } from '../../../src/shared/content/faq.en.js';
import { faqEs } from '../../../src/shared/content/faq.es.js';
import { explainerEs } from '../../../src/shared/content/explainer.es.js';

const open: AppDeps[] = [];

function makeApp(contentDirectory?: string, lines: string[] = []) {
  const config = Object.assign(
    loadConfig({ M4A_LOG: 'silent' }),
    contentDirectory ? { M4A_CONTENT_DIR: contentDirectory } : {},
  );
  const log = {
    info: (msg: string, fields?: object) => lines.push(JSON.stringify({ level: 'info', msg, ...fields })),
    warn: (msg: string, fields?: object) => lines.push(JSON.stringify({ level: 'warn', msg, ...fields })),
    error: (msg: string, fields?: object) => lines.push(JSON.stringify({ level: 'error', msg, ...fields })),
  };
  // Content needs no database; the in-memory SQLite one is enough on either engine run.
  const database = openSqlite(':memory:');
  const deps: AppDeps = { database, config, log, fetch: globalThis.fetch, now: () => new Date() };
  open.push(deps);
  return createApp(deps);
}

let scratch: string;
function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(scratch, 'content-'));
  for (const [name, value] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  }
  return dir;
}

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'm4a-content-test-'));
});
after(() => {
  for (const d of open) void d.database.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('GET /api/content/:kind', () => {
  it('answers every kind in both languages with valid Content', async () => {
    const app = makeApp();
    for (const kind of ['explainer', 'faq'] as const) {
      for (const lang of ['en', 'es'] as const) {
        const res = await app.request(`/api/content/${kind}?lang=${lang}`);
        assert.equal(res.status, 200, `${kind} ${lang}`);
        assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
        assert.equal(res.headers.get('content-language'), lang);
        const body = Content.parse(await res.json()) as ExplainerContent | FaqContent;
        assert.equal(body.kind, kind);
        assert.equal(body.lang, lang);
        assert.ok(body.items.length > 0);
      }
    }
  });

  it('serves the same FAQ ids in English and Spanish, and English when no language is asked for', async () => {
    const app = makeApp();
    const en = FaqContent.parse(await (await app.request('/api/content/faq')).json());
    const es = FaqContent.parse(await (await app.request('/api/content/faq?lang=es')).json());
    assert.equal(en.lang, 'en');
    assert.deepEqual(
      es.items.map((i) => i.id),
      en.items.map((i) => i.id),
    );
    assert.deepEqual(en, faqEn);
    assert.deepEqual(es, faqEs);
  });

  it('lets browsers and caches revalidate with the ETag', async () => {
    const app = makeApp();
    const first = await app.request('/api/content/explainer?lang=es');
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^"[\w-]+"$/);
    assert.match(first.headers.get('cache-control') ?? '', /max-age=\d+/);
    const again = await app.request('/api/content/explainer?lang=es', { headers: { 'If-None-Match': etag! } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    const other = await app.request('/api/content/explainer?lang=en', { headers: { 'If-None-Match': etag! } });
    assert.equal(other.status, 200, 'another language has another ETag');
  });

  it('says which kinds exist when asked for an unknown one', async () => {
    const res = await makeApp().request('/api/content/videos?lang=en');
    assert.equal(res.status, 404);
    const body = ApiError.parse(await res.json());
    assert.equal(body.error.code, 'not_found');
    assert.match(body.error.message, /explainer, faq/);
  });

  it('rejects an unsupported language, naming the lang field', async () => {
    for (const lang of ['fr', '']) {
      const res = await makeApp().request(`/api/content/faq?lang=${lang}`);
      assert.equal(res.status, 400, `lang=${lang}`);
      const body = ApiError.parse(await res.json());
      assert.equal(body.error.code, 'invalid_request');
      assert.deepEqual(
        body.error.fields?.map((f) => f.path),
        ['lang'],
      );
    }
  });
});

describe('content overrides (M4A_CONTENT_DIR)', () => {
  const customFaq = {
    kind: 'faq',
    lang: 'es',
    items: [
      {
        id: 'cost-to-me',
        category: 'cost',
        question: '¿Cuánto me costaría?',
        answer:
          '<p>Nada al recibir atención. <a href="https://www.congress.gov/bill/119th-congress/house-bill/3069">Lea el proyecto</a>.</p>',
        sources: [{ label: 'congress.gov', url: 'https://www.congress.gov/bill/119th-congress/house-bill/3069' }],
      },
    ],
  };

  it('reads the folder from the server config, set by the environment variable', () => {
    assert.equal(z.object(CONTENT_ENV_SHAPE).parse({ M4A_CONTENT_DIR: ' ./content ' }).M4A_CONTENT_DIR, './content');
    assert.equal(z.object(CONTENT_ENV_SHAPE).parse({}).M4A_CONTENT_DIR, undefined);
    assert.equal(contentDir({ M4A_CONTENT_DIR: '/srv/content' }), '/srv/content');
    assert.equal(contentDir({}), undefined);
  });

  it('replaces only the files present and keeps the defaults for the rest', async () => {
    const lines: string[] = [];
    const app = makeApp(folder({ 'faq.es.json': customFaq, 'README.txt': 'not content' }), lines);
    const es = await (await app.request('/api/content/faq?lang=es')).json();
    assert.deepEqual(es, customFaq);
    assert.deepEqual(await (await app.request('/api/content/faq?lang=en')).json(), faqEn);
    assert.deepEqual(await (await app.request('/api/content/explainer?lang=es')).json(), explainerEs);
    assert.ok(lines.some((l) => l.includes('content overrides loaded') && l.includes('faq.es.json')));
    assert.ok(
      lines.some((l) => l.includes('"level":"warn"') && l.includes('en:mental-health')),
      'warns that the languages no longer share ids',
    );
  });

  it('changes the ETag when the content changes', async () => {
    const plain = await makeApp().request('/api/content/faq?lang=es');
    const custom = await makeApp(folder({ 'faq.es.json': customFaq })).request('/api/content/faq?lang=es');
    assert.notEqual(plain.headers.get('etag'), custom.headers.get('etag'));
  });

  it('stops startup with the file and every bad field named', () => {
    const bad = structuredClone(customFaq);
    bad.items[0]!.answer = '<p>Hi</p><img src=x onerror=alert(1)>';
    bad.items[0]!.category = 'pets';
    const dir = folder({ 'faq.es.json': bad });
    assert.throws(
      () => makeApp(dir),
      (err: Error) => {
        assert.ok(err instanceof ContentFileError);
        assert.match(err.message, /faq\.es\.json/);
        assert.match(err.message, /items\.0\.category: Use one of: cost, coverage/);
        assert.match(err.message, /items\.0\.answer: <img> is not allowed/);
        return true;
      },
    );
  });

  it('rejects unknown file names, broken JSON, a language that does not match the name, and a missing folder', () => {
    const cases: [string, RegExp][] = [
      [
        folder({ 'faq.fr.json': customFaq }),
        /faq\.fr\.json has an unknown name; use one of: explainer\.en\.json, explainer\.es\.json, faq\.en\.json, faq\.es\.json/,
      ],
      [folder({ 'faq.es.json': '{ "kind": "faq", ' }), /faq\.es\.json is not valid JSON/],
      [folder({ 'faq.en.json': customFaq }), /faq\.en\.json: lang is "es" but the file name says "en"/],
      [
        folder({ 'explainer.es.json': customFaq }),
        /explainer\.es\.json does not match the explainer content schema:\n\s+kind:/,
      ],
      [join(scratch, 'no-such-folder'), /M4A_CONTENT_DIR .*no-such-folder cannot be read as a folder/],
    ];
    for (const [dir, message] of cases) {
      assert.throws(
        () => loadContent(dir),
        (err: Error) => err instanceof ContentFileError && message.test(err.message),
        String(message),
      );
    }
  });

  it('accepts an empty folder', () => {
    const dir = join(scratch, 'empty');
    mkdirSync(dir);
    assert.deepEqual(loadContent(dir).overrides, []);
  });
});

describe('logging', () => {
  it('logs no content text, only file names', () => {
    const lines: string[] = [];
    makeApp(folder({ 'faq.es.json': { ...faqEs } }), lines);
    assert.ok(lines.length > 0);
    assert.ok(lines.every((l) => !l.includes('Cuánto')));
  });
});
