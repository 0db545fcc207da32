/**
 * Events of <m4a-signup-form>. They carry no personal data unless the partner sets `event-detail="full"`: then
 * the name, email, phone and ZIP are added under `person`.
 */
import { M4aWidgetEvent } from '../../core/dom-events.js';
import type { SignupRequest } from '../../shared/schemas/signup.js';

/** How much of a signup events carry: `minimal` (no personal data, the default) or `full` (the partner asked). */
export const EVENT_DETAILS = ['minimal', 'full'] as const;
export type EventDetailLevel = (typeof EVENT_DETAILS)[number];

export interface SignupPerson {
  givenName?: string | undefined;
  familyName?: string | undefined;
  email: string;
  phone?: string | undefined;
  zip: string;
}

export interface SignupEventDetail {
  /** How many "how do you want to help" choices were picked. */
  interests: number;
  /** The attribution source (the `source` attribute or the page's `?source=`), when there is one. */
  source?: string | undefined;
  /** Only with `event-detail="full"`. */
  person?: SignupPerson;
}

/** What events say about `payload`; the person only at the `full` level. */
export function signupEventDetail(payload: SignupRequest, level: EventDetailLevel): SignupEventDetail {
  const { givenName, familyName, email, phone, zip } = payload;
  return {
    interests: payload.interests.length,
    source: payload.attribution.source,
    ...(level === 'full' ? { person: { givenName, familyName, email, phone, zip } } : {}),
  };
}

/** `m4a-signup-submitted`: the visitor submitted a valid signup; `sent` (confirmed) or `queued` (saved, will be sent). */
export class M4aSignupSubmittedEvent extends M4aWidgetEvent<SignupEventDetail & { status: 'sent' | 'queued' }> {
  static readonly type = 'm4a-signup-submitted';
  constructor(detail: SignupEventDetail & { status: 'sent' | 'queued' }) {
    super(M4aSignupSubmittedEvent.type, detail);
  }
}

/**
 * `m4a-signup-replayed`: a signup that had been saved on the device was confirmed by the backend later, on this page
 * (`earlierVisit: false`) or on a later visit (`earlierVisit: true`). Fired once per signup.
 */
export class M4aSignupReplayedEvent extends M4aWidgetEvent<SignupEventDetail & { earlierVisit: boolean }> {
  static readonly type = 'm4a-signup-replayed';
  constructor(detail: SignupEventDetail & { earlierVisit: boolean }) {
    super(M4aSignupReplayedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'm4a-signup-submitted': M4aSignupSubmittedEvent;
    'm4a-signup-replayed': M4aSignupReplayedEvent;
  }
}
