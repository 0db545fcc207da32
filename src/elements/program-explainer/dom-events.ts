import { M4aWidgetEvent } from '../../core/dom-events.js';

/** `m4a-explainer-cta`: the visitor followed the call to action. `href` is the partner's own link. */
export class M4aExplainerCtaEvent extends M4aWidgetEvent<{ href: string }> {
  static readonly type = 'm4a-explainer-cta';
  constructor(detail: { href: string }) {
    super(M4aExplainerCtaEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'm4a-explainer-cta': M4aExplainerCtaEvent;
  }
}
