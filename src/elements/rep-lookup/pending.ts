import { PENDING_WRITES_KEY } from '../../core/tags.js';

/** The device queue's hint (core/tags.ts): a write an earlier visit left on this device still waits to be sent. */
export function pendingWrites(): boolean {
  try {
    return globalThis.localStorage?.getItem(PENDING_WRITES_KEY) !== null;
  } catch {
    return false;
  }
}
