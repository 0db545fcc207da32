// `npm run contract`: writes docs/openapi.json, the contract the server generates from its routes (server/contract.ts).
import { writeFileSync } from 'node:fs';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openSqlite } from '../server/db/index.js';
import { createLogger } from '../server/log.js';

// An inert server: the document depends on the routes only, never on this machine's settings or data.
const config = loadConfig({ M4A_LOG: 'silent', M4A_DB: ':memory:', M4A_SEED_DEMO: '0' });
const log = createLogger('silent');
const database = openSqlite(':memory:');
const app = createApp({ database, config, log, fetch: globalThis.fetch, now: () => new Date() });
const res = await app.request('/api/openapi.json');
if (!res.ok) throw new Error(`GET /api/openapi.json answered ${res.status}`);
writeFileSync('docs/openapi.json', JSON.stringify(await res.json(), null, 2) + '\n');
console.log('wrote docs/openapi.json');
