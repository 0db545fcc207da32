/**
 * Mobilize, straight from the browser. CONTRACT (lead): export `createMobilizeBackend(options: MobilizeOptions): Backend`
 * (MobilizeOptions from ./options.js, already validated) implementing `listEvents`. The events helper owns this file.
 */
import type { Backend } from '../core/backend.js';
import type { MobilizeOptions } from './options.js';

export function createMobilizeBackend(_options: MobilizeOptions): Backend {
  return {};
}
