/**
 * Base for the events widgets dispatch. Names are prefixed (`m4a-...`); all bubble and cross shadow roots so host
 * analytics can listen on `document`. Personal data goes in an event only when the partner opted in.
 */
export abstract class M4aWidgetEvent<D = unknown> extends Event {
  constructor(
    type: `m4a-${string}`,
    readonly detail: D,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

/** `m4a-error`: a widget is showing an error. `kind` is one of ERROR_KINDS; `field` names a bad setting. */
export class M4aErrorEvent extends M4aWidgetEvent<{ tag: string; kind: string; field?: string }> {
  static readonly type = 'm4a-error';
  constructor(detail: { tag: string; kind: string; field?: string }) {
    super(M4aErrorEvent.type, detail);
  }
}

/** `m4a-loaded`: a widget's code is loaded and it rendered for the first time, in `lang`. Once per element. */
export class M4aLoadedEvent extends M4aWidgetEvent<{ tag: string; lang: string }> {
  static readonly type = 'm4a-loaded';
  constructor(detail: { tag: string; lang: string }) {
    super(M4aLoadedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'm4a-loaded': M4aLoadedEvent;
    'm4a-error': M4aErrorEvent;
  }
}
