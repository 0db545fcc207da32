// Test-runner middleware standing in for backends at the network edge, so browser tests exercise the real fetch,
// parsing and error handling. Routes (all under /fake/):
//   /fake/files/<path>            serves test/fixtures/<path> as a real backend would (404 when missing); a query
//                                 string is ignored, so `/fake/files/api/content/faq?lang=es` reads api/content/faq
//   /fake/status/<code>/<...>     answers <code> with the REST contract's error body (fields for 400)
//   /fake/slow/<ms>/<...>         waits, then answers like /fake/files/<...>
//   /fake/garbage/<...>           answers 200 with a body that is not JSON
//   /fake/echo/<...>              answers with what it received: method, path, query, idempotency key, JSON body
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

async function readBody(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const text = Buffer.concat(chunks).toString('utf8');
  try { return text ? JSON.parse(text) : undefined; } catch { return text; }
}

async function serveFile(ctx, rel) {
  const clean = normalize(rel).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [clean, `${clean}.json`]) {
    try {
      ctx.body = await readFile(join(FIXTURES, candidate), 'utf8');
      ctx.type = candidate.endsWith('.ics') ? 'text/calendar' : 'application/json';
      return;
    } catch { /* try the next */ }
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
      const fields = status === 400 ? [{ path: 'email', message: 'Enter an email address like name@example.org' }] : undefined;
      ctx.body = JSON.stringify({ error: { code: `http_${status}`, message: `Fake ${status}`, ...(fields ? { fields } : {}) } });
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
    default:
      ctx.status = 404;
  }
}
