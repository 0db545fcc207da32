/**
 * Where <m4a-rep-lookup>'s local targets come from: attribute > page config > backend, each checked entry by entry
 * (valid, partly invalid and empty lists), the backend asked once per instance, and every built-in backend type.
 */
import { expect } from '@open-wc/testing';
import { registerBuiltInBackends } from '../../../src/backends/index.js';
import type { Backend } from '../../../src/core/backend.js';
import { configStore } from '../../../src/core/config.js';
import { registerBackend, type Resolution } from '../../../src/core/registry.js';
import { loadTargets, parseTargetsAttribute } from '../../../src/elements/rep-lookup/targets-source.js';
import type { LocalTarget } from '../../../src/shared/schemas/targets.js';

registerBuiltInBackends();

const entry = (id: string, extra: object = {}) => ({
  id,
  name: `Example ${id}`,
  title: 'Example',
  level: 'city' as const,
  ...extra,
});
const NO_BACKEND: Resolution = { ok: true, name: null, config: null };
const ids = (targets: LocalTarget[]) => targets.map((t) => t.id);

let typeCount = 0;
/** A partner's JavaScript backend under a type name of its own, counting its getTargets() calls. */
function partnerBackend(getTargets?: Backend['getTargets']): { resolution: Resolution; calls: () => number } {
  const type = `partner-targets-${++typeCount}`;
  let calls = 0;
  const backend: Backend = getTargets
    ? {
        getTargets: (o) => {
          calls++;
          return getTargets(o);
        },
      }
    : {};
  registerBackend(type, () => backend);
  return { resolution: { ok: true, name: type, config: { type }, capabilities: {} }, calls: () => calls };
}

const builtIn = (type: 'rest' | 'static', url: string): Resolution => ({
  ok: true,
  name: `${type}-${++typeCount}`,
  config: { type, url },
  capabilities: type === 'static' ? { methods: ['getTargets'] } : {},
});

describe('local targets: sources', () => {
  afterEach(() => configStore.reset());

  it('takes the attribute first, as JSON text or as the list itself, over the page config and the backend', async () => {
    const partner = partnerBackend(() => Promise.resolve({ targets: [entry('from-backend')] }));
    const pageConfig = [entry('from-page')];
    const text = await loadTargets({
      attribute: JSON.stringify([entry('mayor')]),
      pageConfig,
      resolution: partner.resolution,
    });
    expect(text).to.deep.equal({ targets: [entry('mayor')], problems: [], origin: 'attribute' });
    const property = await loadTargets({ attribute: [entry('alder-6')], pageConfig, resolution: partner.resolution });
    expect(ids(property.targets)).to.deep.equal(['alder-6']);
    expect(partner.calls()).to.equal(0);
  });

  it('treats an empty list as present: targets="[]" keeps the backend’s targets off the page', async () => {
    const partner = partnerBackend(() => Promise.resolve({ targets: [entry('from-backend')] }));
    const loaded = await loadTargets({ attribute: '[]', pageConfig: undefined, resolution: partner.resolution });
    expect(loaded).to.deep.equal({ targets: [], problems: [], origin: 'attribute' });
    expect(partner.calls()).to.equal(0);
    expect(parseTargetsAttribute('  ')).to.equal(undefined);
    expect(parseTargetsAttribute(null)).to.equal(undefined);
  });

  it('names the attribute when its JSON does not parse', async () => {
    const loaded = await loadTargets({ attribute: '[{"id": "mayor",]', pageConfig: undefined, resolution: NO_BACKEND });
    expect(loaded.targets).to.deep.equal([]);
    expect(loaded.problems).to.have.length(1);
    expect(loaded.problems[0]).to.include({ kind: 'config', detail: 'targets: is not valid JSON' });
    expect(loaded.problems[0]!.extra.field).to.equal('targets');
  });

  it('reads the page config’s `targets` (accepted by the config schema) and keeps its good entries', async () => {
    configStore.configure({ targets: [entry('mayor'), entry('alder-6', { phone: 'call us' }), entry('county-exec')] });
    await configStore.ready(true);
    const { config, problem } = configStore.state;
    expect(problem).to.equal(undefined);
    const loaded = await loadTargets({ attribute: undefined, pageConfig: config.targets, resolution: NO_BACKEND });
    expect(loaded.origin).to.equal('page');
    expect(ids(loaded.targets)).to.deep.equal(['mayor', 'county-exec']);
    expect(loaded.problems).to.have.length(1);
    const [problem1] = loaded.problems;
    expect(problem1!.kind).to.equal('config');
    expect(problem1!.extra.field).to.equal('targets.1.phone');
    expect(problem1!.detail).to.match(/^targets\.1 \("alder-6"\)\.phone: Write the phone number with digits/);
  });

  it('reports a page config value that is not a list', async () => {
    const loaded = await loadTargets({
      attribute: undefined,
      pageConfig: { mayor: entry('mayor') },
      resolution: NO_BACKEND,
    });
    expect(loaded.origin).to.equal('page');
    expect(loaded.targets).to.deep.equal([]);
    expect(loaded.problems[0]!.extra.field).to.equal('targets');
  });

  it('asks a backend once per instance and shares the answer between lookups', async () => {
    const partner = partnerBackend(() => Promise.resolve({ targets: [entry('mayor'), entry('BAD')] }));
    const sources = { attribute: undefined, pageConfig: undefined, resolution: partner.resolution };
    const [a, b] = await Promise.all([loadTargets(sources), loadTargets(sources)]);
    const c = await loadTargets(sources);
    expect(partner.calls()).to.equal(1);
    for (const loaded of [a, b, c]) {
      expect(loaded.origin).to.equal('backend');
      expect(ids(loaded.targets)).to.deep.equal(['mayor']);
      expect(loaded.problems[0]!.kind).to.equal('invalid-response');
      expect(loaded.problems[0]!.extra.field).to.equal('targets.1.id');
    }
  });

  it('reports a backend that fails as a problem, and asks again next time', async () => {
    let fail = true;
    const partner = partnerBackend(() =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve({ targets: [entry('mayor')] }),
    );
    const sources = { attribute: undefined, pageConfig: undefined, resolution: partner.resolution };
    const failed = await loadTargets(sources);
    expect(failed.targets).to.deep.equal([]);
    expect(failed.problems).to.have.length(1);
    expect(failed.problems[0]!.detail).to.equal('Failed to fetch');
    fail = false;
    expect(ids((await loadTargets(sources)).targets)).to.deep.equal(['mayor']);
    expect(partner.calls()).to.equal(2);
  });

  it('has no targets without a backend, or with one that has no getTargets()', async () => {
    const none = { targets: [], problems: [], origin: 'none' };
    expect(await loadTargets({ attribute: undefined, pageConfig: undefined, resolution: NO_BACKEND })).to.deep.equal(
      none,
    );
    const without = partnerBackend();
    expect(
      await loadTargets({ attribute: undefined, pageConfig: undefined, resolution: without.resolution }),
    ).to.deep.equal(none);
    const mobilize: Resolution = {
      ok: true,
      name: 'events',
      config: { type: 'mobilize', organizationId: 1 },
      capabilities: { methods: ['listEvents'] },
    };
    expect(await loadTargets({ attribute: undefined, pageConfig: undefined, resolution: mobilize })).to.deep.equal(
      none,
    );
  });

  it('stops waiting when the lookup aborts, without cancelling the shared request', async () => {
    let release: (v: { targets: unknown[] }) => void = () => undefined;
    const partner = partnerBackend(() => new Promise((r) => (release = r as typeof release)) as never);
    const controller = new AbortController();
    const sources = { attribute: undefined, pageConfig: undefined, resolution: partner.resolution };
    const waiting = loadTargets({ ...sources, signal: controller.signal });
    const other = loadTargets(sources);
    await Promise.resolve();
    controller.abort();
    let error: unknown;
    await waiting.catch((err: unknown) => (error = err));
    expect(error).to.include({ kind: 'aborted' });
    release({ targets: [entry('mayor')] });
    expect(ids((await other).targets)).to.deep.equal(['mayor']);
  });

  it('reads targets.json from a static host, with a problem per bad entry; none when the file is absent', async () => {
    const loaded = await loadTargets({
      attribute: undefined,
      pageConfig: undefined,
      resolution: builtIn('static', '/fake/files/targets/static/'),
    });
    expect(ids(loaded.targets)).to.deep.equal(['mayor']);
    expect(loaded.targets[0]!.title).to.deep.equal({ en: 'Mayor', es: 'Alcaldesa' });
    expect(loaded.problems.map((p) => p.extra.field)).to.deep.equal(['targets.1.phone']);
    const absent = await loadTargets({
      attribute: undefined,
      pageConfig: undefined,
      resolution: builtIn('static', '/fake/files/targets/nowhere/'),
    });
    expect(absent).to.deep.equal({ targets: [], problems: [], origin: 'backend' });
  });

  it('reads GET targets from a REST backend', async () => {
    const loaded = await loadTargets({
      attribute: undefined,
      pageConfig: undefined,
      resolution: builtIn('rest', '/fake/files/targets/api/'),
    });
    expect(loaded).to.deep.equal({
      targets: [{ id: 'county-exec', name: 'Example Executive', title: 'County Executive', level: 'county' }],
      problems: [],
      origin: 'backend',
    });
  });
});
