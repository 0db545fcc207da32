/**
 * Whether the device queue's code is needed yet, decided without loading it: DeviceQueueController loads the queue
 * once a write is pending (the stored hint, core/tags.ts), once this page uses the queue already, or at a submit.
 */
import { PENDING_WRITES_KEY } from './tags.js';

let inUse = false;

/** The queue was configured or opened on this page (core/device-queue-storage.ts): later elements use it at once. */
export function noteQueueInUse(): void {
  inUse = true;
}

/** Whether this device may hold writes not yet confirmed; without localStorage that cannot be told, so yes. */
export function mayHoldWrites(): boolean {
  if (inUse) return true;
  try {
    return localStorage.getItem(PENDING_WRITES_KEY) !== null;
  } catch {
    return true;
  }
}
