/**
 * The cost calculator's model on the reference server's content endpoint (issue #18): the default in both languages,
 * and a partner's `cost-model.<lang>.json` from M4A_CONTENT_DIR, checked at startup like other content files.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CostModel } from '../../../src/shared/schemas/cost-model.js';
import { costModelEn } from '../../../src/shared/cost/default-model.en.js';
import { costModelEs } from '../../../src/shared/cost/default-model.es.js';
import { testApp } from '../support/app.js';

let scratch: string;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'm4a-cost-model-test-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('GET /api/content/cost-model', () => {
  it('serves the default model in English and Spanish, valid against the schema', async () => {
    const { app } = await testApp();
    for (const [lang, model] of [
      ['en', costModelEn],
      ['es', costModelEs],
    ] as const) {
      const res = await app.request(`/api/content/cost-model?lang=${lang}`);
      assert.equal(res.status, 200, lang);
      assert.equal(res.headers.get('content-language'), lang);
      assert.deepEqual(CostModel.parse(await res.json()), model);
    }
  });

  it('serves a partner’s cost-model.en.json from M4A_CONTENT_DIR instead', async () => {
    const partner = { ...costModelEn, title: 'Our chapter’s model' };
    writeFileSync(join(scratch, 'cost-model.en.json'), JSON.stringify(partner));
    const { app } = await testApp({ M4A_CONTENT_DIR: scratch });
    const body = CostModel.parse(await (await app.request('/api/content/cost-model?lang=en')).json());
    assert.equal(body.title, 'Our chapter’s model');
    assert.deepEqual(CostModel.parse(await (await app.request('/api/content/cost-model?lang=es')).json()), costModelEs);
  });
});
