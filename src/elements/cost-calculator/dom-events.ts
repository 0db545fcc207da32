import { M4aWidgetEvent } from '../../core/dom-events.js';
import type { ContentOrigin } from '../../core/content-source.js';

/**
 * `m4a-cost-result-shown`: a comparison from the visitor's own answers was shown (and announced), once per element.
 * No amounts and no answers: every number stays on the device. `origin` says which model was used.
 */
export class M4aCostResultShownEvent extends M4aWidgetEvent<{ origin: ContentOrigin }> {
  static readonly type = 'm4a-cost-result-shown';
  constructor(detail: { origin: ContentOrigin }) {
    super(M4aCostResultShownEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'm4a-cost-result-shown': M4aCostResultShownEvent;
  }
}
