/**
 * Stories run with no live backend: each story registers an in-memory backend type and points its element at it
 * through the page config, exactly as a partner's JavaScript backend would be plugged in.
 */
import { configStore } from '../../src/core/config.js';
import { registerBackend } from '../../src/core/registry.js';
import type { Backend } from '../../src/core/backend.js';
import { WidgetError, type ErrorKind } from '../../src/core/errors.js';

let n = 0;

/** Registers `backend` under a fresh name and returns that name, for the element's `backend` attribute. */
export function useStoryBackend(backend: Backend): string {
  const name = `story-${++n}`;
  registerBackend(name, () => backend);
  configStore.configure({ backends: { [name]: { type: name } } });
  return name;
}

/** A promise that never settles: the loading state, held for as long as the story is open. */
export const forever = <T>(): Promise<T> => new Promise<T>(() => {});

/** A rejection as a real adapter would produce it. */
export const failWith = (kind: ErrorKind, status?: number) =>
  Promise.reject(new WidgetError(kind, `story: ${kind}`, status ? { status } : {}));
