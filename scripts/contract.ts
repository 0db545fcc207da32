// `npm run contract`: writes docs/openapi.json from the shared schemas (see server/contract.ts).
import { writeFileSync } from 'node:fs';
import { openapi } from '../server/contract.js';

writeFileSync('docs/openapi.json', JSON.stringify(openapi(), null, 2) + '\n');
console.log('wrote docs/openapi.json');
