/**
 * The REST contract as OpenAPI 3.1 (JSON Schema 2020-12), generated from the `/api` routes themselves: their
 * validators give the parameters and bodies, `describe()` the answers, the Idempotency-Key and organizer guards
 * their headers. The server serves it at `/api/openapi.json`; `npm run contract` writes docs/openapi.json, and a
 * server test fails when that file is stale.
 */
import type { Hono } from 'hono';
import { generateSpecs, resolver } from 'hono-openapi';
import { ApiError } from 'm4a-widgets/shared/schemas/common.js';
import { ORGANIZER_SCHEME } from './http/admin.js';
import { CONSOLE_SCHEME, SESSION_COOKIE } from './routes/console-guard.js';

const DESCRIPTION =
  'What a backend implements so the widgets can use it as a `rest` backend. Paths are relative to the ' +
  'configured base URL. Operations tagged `organizer` (exports, event editing) and `server` belong to the ' +
  'reference server only; the widgets never call them.';

type Operation = { parameters?: Array<{ in: string; schema?: { type?: unknown } }> };

/** `types=canvass&types=rally`: array query parameters travel repeated (a comma-separated value works too). */
function repeatedArrays(paths: Record<string, Record<string, Operation> | undefined>) {
  for (const operations of Object.values(paths)) {
    for (const op of Object.values(operations ?? {})) {
      for (const p of op.parameters ?? []) {
        if (p.in === 'query' && p.schema?.type === 'array') Object.assign(p, { style: 'form', explode: true });
      }
    }
  }
}

export async function openapiDocument(api: Hono) {
  const { schema: error } = await resolver(ApiError, { options: { io: 'output' } }).toOpenAPISchema();
  const doc = await generateSpecs(api, {
    // `/openapi.json` and the `.csv`/`.json` exports are endpoints, not static files.
    excludeStaticFile: false,
    documentation: {
      info: { title: 'm4a-widgets REST contract', version: '1', description: DESCRIPTION },
      components: {
        securitySchemes: {
          [ORGANIZER_SCHEME]: { type: 'http', scheme: 'bearer', description: 'M4A_ADMIN_TOKEN of the server' },
          [CONSOLE_SCHEME]: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'A console session (docs/console.md); state changes also need Origin and X-CSRF-Token',
          },
        },
      },
    },
    defaultValidationErrorResponse: {
      description: 'Invalid input; `fields` names each bad field',
      content: { 'application/json': { schema: error } },
    },
  });
  repeatedArrays(doc.paths as Parameters<typeof repeatedArrays>[0]);
  return doc;
}
