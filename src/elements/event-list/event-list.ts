import { html } from 'lit';
import { M4aElement } from '../../core/base-element.js';
import { errorView } from '../../core/status.js';

/**
 * @summary Upcoming events (placeholder until its issue lands).
 * @csspart base - The widget's root.
 * @csspart status - Status and error messages.
 */
export class M4aEventList extends M4aElement {
  override render() {
    const r = this.resolution;
    return html`<div part="base" lang=${this.resolvedLang}>
      ${r.ok ? html`<p class="status" part="status">&lt;m4a-event-list&gt;</p>` : errorView(this.t.bind(this), r.error)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'm4a-event-list': M4aEventList;
  }
}
