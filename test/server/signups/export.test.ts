import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../src/shared/schemas/common.js';
import { signupStore, type SignupRecord } from '../../../server/signups/store.js';
import { signupsCsv } from '../../../server/signups/export.js';
import { ADMIN_TOKEN, postSignup, setup, validSignup } from './helpers.js';
import { scalar, sql } from '../support/db.js';

const auth = { Authorization: `Bearer ${ADMIN_TOKEN}` };

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF rows), independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    else field += ch;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}

function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

test('exports need the organizer token: 401 without it or with a wrong one', async () => {
  const { app } = await setup();
  await postSignup(app, validSignup());
  for (const path of ['/api/admin/signups.csv', '/api/admin/signups.json']) {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer wrong-token-wrong-token' },
      { Authorization: ADMIN_TOKEN },
    ];
    for (const headers of attempts) {
      const res = await app.request(path, { headers });
      assert.equal(res.status, 401, `${path} ${JSON.stringify(headers)}`);
      assert.equal(res.headers.get('www-authenticate'), 'Bearer');
      const body = await res.text();
      assert.equal(ApiError.parse(JSON.parse(body)).error.code, 'unauthorized');
      assert.ok(!body.includes('ana@example.org'));
    }
    assert.equal((await app.request(path, { headers: auth })).status, 200);
  }
  const retry = await app.request('/api/admin/signups/forwards/retry', { method: 'POST' });
  assert.equal(retry.status, 401);
});

test('CSV: BOM, CRLF, every cell quoted, hostile values cannot run as formulas', async () => {
  const { app } = await setup();
  const hostile = {
    givenName: `=cmd|' /C calc'!A0`,
    familyName: '+1',
    note: '-1',
    answers: {
      why: '@x',
      quote: 'She said "hi", then left',
      lines: 'line one\nline two\r\n=SUM(A1)',
      wide: '\uFF1D1+1',
    },
    attribution: { source: '=HYPERLINK("http://evil.example","x")', utm: {} },
  };
  await postSignup(app, validSignup(hostile));
  const res = await app.request('/api/admin/signups.csv', { headers: auth });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
  assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="signups-2026-10-01\.csv"$/);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  // Response.text() would silently drop the BOM, so decode the bytes keeping it.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  assert.ok(text.startsWith('\uFEFF"id"'), 'BOM then quoted header');
  const [row] = csvObjects(text);
  assert.equal(row!.given_name, `'=cmd|' /C calc'!A0`);
  assert.equal(row!.family_name, `'+1`);
  assert.equal(row!.note, `'-1`);
  assert.equal(row!.answer_why, `'@x`);
  assert.equal(row!.answer_quote, 'She said "hi", then left');
  assert.equal(row!.answer_lines, 'line one\nline two\r\n=SUM(A1)');
  assert.equal(row!.answer_wide, `'\uFF1D1+1`);
  assert.equal(row!.source, `'=HYPERLINK("http://evil.example","x")`);
  // No cell anywhere starts with a formula character once parsed.
  for (const cells of parseCsv(text.slice(1)))
    for (const cell of cells) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, cell);
  // The raw text has the quote doubled and the embedded newline inside a quoted field.
  assert.ok(text.includes('"She said ""hi"", then left"'));
});

test('CSV escaping does not rely on the schema having trimmed values: formulas behind whitespace are caught', async () => {
  const { app, db } = await setup();
  await postSignup(app, validSignup());
  const id = await scalar<string>(db, sql`SELECT id FROM signups`);
  const record = (await signupStore(db).get(id))!;
  const [row] = csvObjects(signupsCsv([{ ...record, note: '  =1+1', givenName: '\n@SUM(1)', familyName: '\t-2' }]));
  assert.equal(row!.note, `'  =1+1`);
  assert.equal(row!.given_name, `'\n@SUM(1)`);
  assert.equal(row!.family_name, `'\t-2`);
});

test('CSV columns: readable values, one column per custom question, phone ready to dial', async () => {
  const { app } = await setup();
  await postSignup(app, validSignup({ answers: { 'shirt-size': 'M', languages: ['es', 'en'] }, smsOptIn: true }));
  await postSignup(app, validSignup({ email: 'b@example.org', phone: undefined, answers: {}, interests: [] }));
  const rows = csvObjects(await (await app.request('/api/admin/signups.csv', { headers: auth })).text());
  assert.equal(rows.length, 2);
  const [a, b] = rows;
  assert.equal(a!.family_name, 'Muñoz');
  assert.equal(a!.phone, '608-555-0123');
  assert.equal(a!.interests, 'canvass; phone-text-bank');
  assert.equal(a!.answer_languages, 'es; en');
  assert.equal(a!['answer_shirt-size'], 'M');
  assert.equal(a!.email_opt_in, 'yes');
  assert.equal(a!.sms_opt_in, 'yes');
  assert.equal(a!.lang, 'es');
  assert.equal(a!.utm_campaign, 'fall');
  assert.equal(a!.page_url, 'https://pnhp.org/join');
  assert.equal(b!.phone, '');
  assert.equal(b!['answer_shirt-size'], '');
});

async function seedOverTime() {
  const ctx = await setup({ M4A_SIGNUP_RATE: '100' });
  const at = async (iso: string, source: string | undefined, extra: Parameters<typeof validSignup>[0] = {}) => {
    ctx.clock.now = new Date(iso);
    const res = await postSignup(
      ctx.app,
      validSignup({
        email: `${iso.slice(0, 10)}-${source ?? 'none'}@example.org`,
        attribution: { source, utm: {} },
        ...extra,
      }),
      randomUUID(),
    );
    assert.equal(res.status, 201);
  };
  await at('2026-09-30T23:59:59.999Z', 'pnhp');
  await at('2026-10-01T00:00:00.000Z', 'pnhp');
  await at('2026-10-01T12:00:00.000Z', 'nnu');
  await at('2026-10-02T23:59:59.999Z', 'pnhp');
  await at('2026-10-03T00:00:00.000Z', 'pnhp');
  await at('2026-10-01T13:00:00.000Z', undefined);
  await at('2026-10-01T14:00:00.000Z', 'pnhp', { website: 'spam' });
  return ctx;
}

async function exported(app: Awaited<ReturnType<typeof setup>>['app'], query: string) {
  const res = await app.request(`/api/admin/signups.json${query}`, { headers: auth });
  assert.equal(res.status, 200, query);
  const body = (await res.json()) as { count: number; signups: SignupRecord[] };
  assert.equal(body.count, body.signups.length);
  return body.signups.map((s) => s.email);
}

test('date filters: whole UTC days for dates, exact instants for date-times', async () => {
  const { app } = await seedOverTime();
  assert.deepEqual(await exported(app, '?from=2026-10-01&to=2026-10-02'), [
    '2026-10-01-pnhp@example.org',
    '2026-10-01-nnu@example.org',
    '2026-10-01-none@example.org',
    '2026-10-02-pnhp@example.org',
  ]);
  assert.deepEqual(await exported(app, '?from=2026-10-03'), ['2026-10-03-pnhp@example.org']);
  assert.deepEqual(await exported(app, '?to=2026-09-30'), ['2026-09-30-pnhp@example.org']);
  assert.deepEqual(
    await exported(
      app,
      `?from=${encodeURIComponent('2026-10-01T07:00:00-05:00')}&to=${encodeURIComponent('2026-10-01T08:00:00-05:00')}`,
    ),
    ['2026-10-01-nnu@example.org', '2026-10-01-none@example.org'],
  );
});

test('source filter, spam excluded by default and available on request', async () => {
  const { app } = await seedOverTime();
  assert.deepEqual(await exported(app, '?source=nnu'), ['2026-10-01-nnu@example.org']);
  assert.equal((await exported(app, '?source=pnhp')).length, 4);
  assert.equal((await exported(app, '')).length, 6);
  assert.equal((await exported(app, '?spam=include')).length, 7);
  const res = await app.request('/api/admin/signups.json?spam=only', { headers: auth });
  const { signups } = (await res.json()) as { signups: SignupRecord[] };
  assert.deepEqual(
    signups.map((s) => s.spamReason),
    ['honeypot'],
  );
  const csv = csvObjects(
    await (await app.request('/api/admin/signups.csv?source=pnhp&from=2026-10-02', { headers: auth })).text(),
  );
  assert.deepEqual(
    csv.map((r) => r.email),
    ['2026-10-02-pnhp@example.org', '2026-10-03-pnhp@example.org'],
  );
});

test('bad filters answer 400 naming the parameter', async () => {
  const { app } = await setup();
  for (const [query, field] of [
    ['?from=yesterday', 'from'],
    ['?to=2026-13-45', 'to'],
    ['?spam=maybe', 'spam'],
  ] as const) {
    const res = await app.request(`/api/admin/signups.csv${query}`, { headers: auth });
    assert.equal(res.status, 400, query);
    assert.deepEqual(
      ApiError.parse(await res.json()).error.fields?.map((f) => f.path),
      [field],
    );
  }
});

test('JSON export: full records with attribution and no secrets of the server', async () => {
  const { app } = await setup();
  await postSignup(app, validSignup());
  const res = await app.request('/api/admin/signups.json', { headers: auth });
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const { signups } = (await res.json()) as { signups: SignupRecord[] };
  const s = signups[0]!;
  assert.equal(s.email, 'ana@example.org');
  assert.equal(s.phone, '+16085550123');
  assert.deepEqual(s.interests, ['canvass', 'phone-text-bank']);
  assert.deepEqual(s.attribution, {
    source: 'pnhp',
    utm: { source: null, medium: null, campaign: 'fall', term: null, content: null },
    pageUrl: 'https://pnhp.org/join',
    site: 'pnhp.org',
  });
  assert.equal(s.spamReason, null);
  assert.ok(!('idempotencyKey' in s));
});
