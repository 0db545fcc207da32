/** Events of <m4a-rep-lookup>. Neither carries what the visitor typed (ZIP, address, location) or their name. */
import { M4aWidgetEvent } from '../../core/dom-events.js';
import type { CallOutcomeKind, LookupStatus } from '../../shared/schemas/representative.js';
import type { WriteChannel, WriteOutcomeKind } from '../../shared/schemas/letters.js';

/** How a lookup ended: the backend's answer, `invalid` when the backend refused the input, `error` when it failed. */
export type LookupDoneStatus = LookupStatus | 'invalid' | 'error';

/** `m4a-lookup-done`: a lookup finished. `count`: legislators shown (vacant seats included). */
export class M4aLookupDoneEvent extends M4aWidgetEvent<{ status: LookupDoneStatus; count: number }> {
  static readonly type = 'm4a-lookup-done';
  constructor(detail: { status: LookupDoneStatus; count: number }) {
    super(M4aLookupDoneEvent.type, detail);
  }
}

/** `m4a-call-outcome`: the visitor reported how a call went (whether or not the backend could record it). */
export class M4aCallOutcomeEvent extends M4aWidgetEvent<{ legislatorId: string; outcome: CallOutcomeKind }> {
  static readonly type = 'm4a-call-outcome';
  constructor(detail: { legislatorId: string; outcome: CallOutcomeKind }) {
    super(M4aCallOutcomeEvent.type, detail);
  }
}

export interface WriteOutcomeDetail {
  targetId: string;
  outcome: WriteOutcomeKind;
  channel: WriteChannel;
}

/** `m4a-write-outcome`: the visitor reported a letter ("I sent it" / "Not now"). Never the letter or its signature. */
export class M4aWriteOutcomeEvent extends M4aWidgetEvent<WriteOutcomeDetail> {
  static readonly type = 'm4a-write-outcome';
  constructor(detail: WriteOutcomeDetail) {
    super(M4aWriteOutcomeEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'm4a-lookup-done': M4aLookupDoneEvent;
    'm4a-call-outcome': M4aCallOutcomeEvent;
    'm4a-write-outcome': M4aWriteOutcomeEvent;
  }
}
