/**
 * The one interface every data source implements, whatever it is: the reference server (`rest`), JSON files on a
 * static host (`static`), Mobilize, or a partner's own JavaScript (`M4A.registerBackend`). Every method is optional:
 * a widget whose backend lacks the method it needs shows a translated "not supported by this backend" message.
 *
 * Implementations return plain data; widgets validate every result with the shared schemas in `M4aElement.call()`
 * (core/base-element.ts), so a partner's custom backend is held to the same contract as ours.
 */
import type { Content, ContentKind } from '../shared/schemas/content.js';
import type { EventPage, EventQuery, RsvpRequest } from '../shared/schemas/event.js';
import type { SignupRequest } from '../shared/schemas/signup.js';
import type { RepLookupQuery, RepLookupResult, CallOutcome, CallStats } from '../shared/schemas/representative.js';
import type { Lang, Receipt } from '../shared/schemas/common.js';
import type { WriteOutcome } from '../shared/schemas/letters.js';
import type { LocalTargetList } from '../shared/schemas/targets.js';

export interface RequestOptions {
  /** Aborted when the element is removed or the request is superseded. */
  signal?: AbortSignal;
  /** Sent as `Idempotency-Key` by network backends so a retried write never creates a second record. */
  idempotencyKey?: string;
}

export interface Backend {
  getContent?(kind: ContentKind, lang: Lang, options?: RequestOptions): Promise<Content>;
  listEvents?(query: EventQuery, options?: RequestOptions): Promise<EventPage>;
  submitSignup?(signup: SignupRequest, options?: RequestOptions): Promise<Receipt>;
  submitRsvp?(rsvp: RsvpRequest, options?: RequestOptions): Promise<Receipt>;
  lookupReps?(query: RepLookupQuery, options?: RequestOptions): Promise<RepLookupResult>;
  recordCallOutcome?(outcome: CallOutcome, options?: RequestOptions): Promise<Receipt>;
  getCallStats?(options?: RequestOptions): Promise<CallStats>;
  /** A letter the visitor wrote to an office: counted like calls, never the letter's text. */
  recordWriteOutcome?(outcome: WriteOutcome, options?: RequestOptions): Promise<Receipt>;
  /**
   * The partner's local targets (mayor, council, county...), shown by the rep lookup after state legislators. Entries
   * are checked one by one (`parseLocalTargets`), so one bad entry is reported and the others still show.
   */
  getTargets?(options?: RequestOptions): Promise<LocalTargetList>;
}

export type BackendMethod = keyof Backend;

/**
 * What a backend type can do, declared when it is registered (`registerBackend(type, factory, { capabilities })`),
 * so widgets can adapt before the adapter's code is loaded and never need to know a type's name.
 */
export interface BackendCapabilities {
  /** The methods it implements; absent means it does not say (the built-in `rest` type: all of them). */
  readonly methods?: readonly BackendMethod[];
  /**
   * How `lookupReps` finds people: by full `address` (and ZIP), or by `zip-only` (a static host cannot geocode),
   * in which case the rep lookup asks for a ZIP code and no address or location. Absent means `address`.
   */
  readonly repLookup?: 'zip-only' | 'address';
}
