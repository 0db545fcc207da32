// Test-runner middleware standing in for backends at the network edge, so browser tests exercise the real fetch,
// parsing and error handling. Routes (all under /fake/):
//   /fake/files/<path>            serves test/fixtures/<path> as a real backend would (404 when missing); a query
//                                 string is ignored, so `/fake/files/api/content/faq?lang=es` reads api/content/faq
//   /fake/status/<code>/<...>     answers <code> with the REST contract's error body (fields for 400)
//   /fake/slow/<ms>/<...>         waits, then answers like /fake/files/<...>
//   /fake/garbage/<...>           answers 200 with a body that is not JSON
//   /fake/echo/<...>              answers with what it received: method, path, query, idempotency key, JSON body
//   /fake/signups/<bucket>/...    a stateful signup endpoint, see `signupBucket` below
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

async function readBody(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

async function serveFile(ctx, rel) {
  const clean = normalize(rel).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [clean, `${clean}.json`]) {
    try {
      ctx.body = await readFile(join(FIXTURES, candidate), 'utf8');
      ctx.type = candidate.endsWith('.ics') ? 'text/calendar' : 'application/json';
      return;
    } catch {
      /* try the next */
    }
  }
  ctx.status = 404;
  ctx.body = JSON.stringify({ error: { code: 'not_found', message: `No fixture ${rel}` } });
  ctx.type = 'application/json';
}

export async function fakeBackends(ctx, next) {
  if (!ctx.path.startsWith('/fake/')) return next();
  ctx.set('Access-Control-Allow-Origin', '*');
  const [kind, ...rest] = ctx.path.slice('/fake/'.length).split('/');
  switch (kind) {
    case 'files':
      return serveFile(ctx, rest.join('/'));
    case 'slow': {
      const [ms, ...path] = rest;
      await new Promise((r) => setTimeout(r, Number(ms)));
      return serveFile(ctx, path.join('/'));
    }
    case 'status': {
      const [code] = rest;
      const status = Number(code);
      ctx.status = status;
      ctx.type = 'application/json';
      if (status === 429) ctx.set('Retry-After', '2');
      const fields =
        status === 400 ? [{ path: 'email', message: 'Enter an email address like name@example.org' }] : undefined;
      ctx.body = JSON.stringify({
        error: { code: `http_${status}`, message: `Fake ${status}`, ...(fields ? { fields } : {}) },
      });
      return;
    }
    case 'garbage':
      ctx.type = 'text/html';
      ctx.body = '<html>Not JSON</html>';
      return;
    case 'echo':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        method: ctx.method,
        path: '/' + rest.join('/'),
        query: Object.fromEntries(new URLSearchParams(ctx.querystring)),
        queryAll: [...new URLSearchParams(ctx.querystring)],
        idempotencyKey: ctx.get('idempotency-key') || null,
        body: await readBody(ctx.req),
      });
      return;
    case 'signups':
      return signupBucket(ctx, rest);
    default:
      ctx.status = 404;
  }
}

// ---- <m4a-signup-form> and the device queue (test/elements/signup-form/*, test/core/device-queue.test.ts) ----
// One bucket per test, named by the test. The REST backend at /fake/signups/<bucket>/ posts to .../signups:
//   POST .../signups   stores the body once per Idempotency-Key like the reference server: 201 created, then
//                      200 duplicate for the same key. Behaviour follows the bucket's mode:
//                      up | down (answers `status`, default 503) | offline (drops the connection, no answer) |
//                      refuse (400 with `fields`). `delayMs` delays the answer after storing (a client timeout
//                      then retries a signup the server already has).
//   PUT  .../_mode     sets { mode, status?, fields?, delayMs? }
//   GET  .../_log      answers { requests: [{ key, body }], created: [key, ...] }
const buckets = new Map();

async function signupBucket(ctx, [name, action]) {
  let bucket = buckets.get(name);
  if (!bucket) buckets.set(name, (bucket = { mode: { mode: 'up' }, requests: [], created: new Map() }));
  ctx.type = 'application/json';
  if (action === '_mode' && ctx.method === 'PUT') {
    bucket.mode = await readBody(ctx.req);
    ctx.body = JSON.stringify(bucket.mode);
    return;
  }
  if (action === '_log') {
    ctx.body = JSON.stringify({ requests: bucket.requests, created: [...bucket.created.keys()] });
    return;
  }
  if (action !== 'signups' || ctx.method !== 'POST') {
    ctx.status = 404;
    ctx.body = JSON.stringify({ error: { code: 'not_found', message: `No ${ctx.method} ${ctx.path}` } });
    return;
  }
  const key = ctx.get('idempotency-key') || null;
  const body = await readBody(ctx.req);
  bucket.requests.push({ key, body });
  const { mode, status = 503, fields = [], delayMs = 0 } = bucket.mode;
  if (mode === 'offline') {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  if (mode === 'down') {
    ctx.status = status;
    if (status === 429) ctx.set('Retry-After', '1');
    ctx.body = JSON.stringify({ error: { code: `http_${status}`, message: `Fake ${status}` } });
    return;
  }
  if (mode === 'refuse') {
    ctx.status = 400;
    ctx.body = JSON.stringify({ error: { code: 'invalid_request', message: 'Invalid fields', fields } });
    return;
  }
  const known = bucket.created.get(key);
  if (!known) bucket.created.set(key, `s-${bucket.created.size + 1}`);
  if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
  ctx.status = known ? 200 : 201;
  ctx.body = JSON.stringify({ id: bucket.created.get(key), status: known ? 'duplicate' : 'created' });
}
