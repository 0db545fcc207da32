import { M4aWidgetEvent } from '../../core/dom-events.js';

/** `m4a-faq-toggle`: the visitor opened or closed one question. */
export class M4aFaqToggleEvent extends M4aWidgetEvent<{ id: string; open: boolean }> {
  static readonly type = 'm4a-faq-toggle';
  constructor(detail: { id: string; open: boolean }) {
    super(M4aFaqToggleEvent.type, detail);
  }
}

/**
 * `m4a-faq-search`: the visitor searched or picked a topic (sent once typing pauses). Carries how many questions
 * matched and the topic, never the words typed.
 */
export class M4aFaqSearchEvent extends M4aWidgetEvent<{ resultCount: number; category: string | null }> {
  static readonly type = 'm4a-faq-search';
  constructor(detail: { resultCount: number; category: string | null }) {
    super(M4aFaqSearchEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'm4a-faq-toggle': M4aFaqToggleEvent;
    'm4a-faq-search': M4aFaqSearchEvent;
  }
}
