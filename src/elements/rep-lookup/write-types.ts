/** What the write flow (write-flow.ts) and its lazy panel (write-panel.ts and its pieces) both speak of. */
import type { WidgetError } from '../../core/errors.js';
import type { Params } from '../../core/i18n.js';
import type { Lang } from '../../shared/schemas/common.js';
import type { Handoff, LetterOverrides, WriteChannel, WriteOutcomeKind } from '../../shared/schemas/letters.js';
import type { Delivery } from './outcome-queue.js';
import type en from './write-messages.en.js';

/** The write panel's own strings. */
export type WriteKey = keyof typeof en;
export type W = (key: WriteKey, params?: Params) => string;

export interface WriteSettings {
  lang: Lang;
  today: string;
  letters: LetterOverrides;
  handoff: Handoff;
  requirePersonal: boolean;
  placeZip: string | undefined;
}

export interface Draft {
  name: string;
  address: string;
  personal: string;
}

export type WriteStep = 'compose' | 'saving' | 'error' | 'done';

/** One open letter. The panel module keeps its own view state in `view`. */
export interface ActiveWrite {
  id: string;
  key: string;
  step: WriteStep;
  /** The channel the visitor used last: what "I sent it" reports. */
  channel?: WriteChannel;
  pending?: WriteOutcomeKind;
  error?: WidgetError;
  view: Record<string, unknown>;
}

export interface Written {
  outcome: WriteOutcomeKind;
  delivery: Delivery;
}

/** The letter as paper carries it: sender, date, recipient, subject, text. */
export interface Printable {
  sender: string[];
  date: string;
  /** Empty when the data has no address for the office: the visitor writes it in. */
  recipient: string[];
  subject: string;
  body: string;
}
