/**
 * Where the rep lookup's local targets come from. The first source present wins, whole (sources are not merged):
 *   1. the element's `targets` attribute (JSON) or property (the list itself);
 *   2. `targets` in the page config;
 *   3. the backend's `getTargets()` (the reference server's `GET /api/targets`, a static `targets.json`, a partner's
 *      own backend), asked once per backend instance and shared by every lookup on the page.
 * An empty list is present: `targets="[]"` keeps a page free of the backend's targets.
 *
 * Every source is checked entry by entry with the shared schema, so an entry that fails is left out and reported as
 * a WidgetError naming it (`targets.2 ("alder-6").phone: …`, field `targets.2.phone`) while the others show. A
 * backend that cannot be reached is one problem too: the legislators still show without local targets.
 */
import type { Backend } from '../../core/backend.js';
import { attributeError, type AttributeValue } from '../../core/attributes.js';
import { WidgetError, toWidgetError, type ErrorKind } from '../../core/errors.js';
import { getBackend, type Resolution } from '../../core/registry.js';
import {
  describeTargetProblem,
  parseLocalTargets,
  targetProblemField,
  type LocalTarget,
} from '../../shared/schemas/targets.js';

export const TARGETS_ORIGINS = ['attribute', 'page', 'backend', 'none'] as const;
export type TargetsOrigin = (typeof TARGETS_ORIGINS)[number];

export interface LoadedTargets {
  /** The valid entries, in their configured order (`targetsForQuery` in src/shared/reps/targets.ts sorts them). */
  targets: LocalTarget[];
  /**
   * One per entry left out (`config` from the attribute or the page config, `invalid-response` from the backend),
   * with `extra.field` the entry's field; or the backend's failure (offline, timeout, http...).
   */
  problems: WidgetError[];
  /** Which source the targets came from; `none` when no source is present. */
  origin: TargetsOrigin;
}

export interface TargetsSources {
  /** The element's `targets` attribute or property. */
  attribute: AttributeValue | object;
  /** `configStore.state.config.targets`, read once the config is ready. */
  pageConfig: unknown;
  /** The element's backend resolution (`M4aElement.resolution`). */
  resolution: Resolution;
  /** The element's: aborts this caller's wait, never the request other lookups share. */
  signal?: AbortSignal;
}

const none = (): LoadedTargets => ({ targets: [], problems: [], origin: 'none' });

function checked(raw: unknown, origin: Exclude<TargetsOrigin, 'none'>): LoadedTargets {
  const { targets, problems } = parseLocalTargets(raw);
  const kind: ErrorKind = origin === 'backend' ? 'invalid-response' : 'config';
  const prefix = origin === 'backend' ? 'getTargets() targets' : 'targets';
  return {
    targets,
    problems: problems.map(
      (p) =>
        new WidgetError(kind, describeTargetProblem(p, prefix), {
          field: targetProblemField(p),
        }),
    ),
    origin,
  };
}

/**
 * The `targets` attribute or property: `undefined` when absent (the next source is asked), else its valid entries
 * and a problem per bad one. JSON that does not parse is one problem naming the attribute.
 */
export function parseTargetsAttribute(value: AttributeValue | object): LoadedTargets | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  if (typeof value !== 'string') return checked(value, 'attribute');
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return { targets: [], problems: [attributeError('targets', 'is not valid JSON')], origin: 'attribute' };
  }
  return checked(raw, 'attribute');
}

/** Per backend instance (registry.getBackend shares one per config entry), the answer every lookup reads. */
const fromBackends = new WeakMap<Backend, Promise<LoadedTargets>>();

async function backendTargets(resolution: Resolution): Promise<LoadedTargets> {
  if (!resolution.ok || resolution.name === null) return none();
  const methods = resolution.capabilities.methods;
  if (methods && !methods.includes('getTargets')) return none();
  let backend: Backend;
  try {
    backend = await getBackend(resolution.name, resolution.config);
  } catch {
    // The lookup itself reports a backend that cannot start; targets say nothing more.
    return none();
  }
  const getTargets = backend.getTargets?.bind(backend);
  if (!getTargets) return none();
  let pending = fromBackends.get(backend);
  if (!pending) {
    pending = getTargets().then(
      (raw) => checked(raw, 'backend'),
      (err: unknown) => {
        fromBackends.delete(backend);
        return { targets: [], problems: [toWidgetError(err)], origin: 'backend' as const };
      },
    );
    fromBackends.set(backend, pending);
  }
  return pending;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  const aborted = () => new WidgetError('aborted', 'the lookup left the page');
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(aborted());
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/**
 * The local targets for one rep lookup, from the first source present. Never rejects but with an `aborted`
 * WidgetError when `signal` aborts: every other failure is a problem in the answer.
 */
export function loadTargets(sources: TargetsSources): Promise<LoadedTargets> {
  const fromAttribute = parseTargetsAttribute(sources.attribute);
  if (fromAttribute) return Promise.resolve(fromAttribute);
  if (sources.pageConfig !== undefined) return Promise.resolve(checked(sources.pageConfig, 'page'));
  return abortable(backendTargets(sources.resolution), sources.signal);
}
