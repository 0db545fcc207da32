/**
 * "Copy link" on a question: copies `#faq-<id>` on the current page, confirms for a few seconds (and to screen
 * readers), or, without clipboard access (permissions, an insecure page), shows the link in a box to copy by hand.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

const CONFIRM_MS = 4000;

export class CopyLinkController implements ReactiveController {
  /** The question showing the result; `url` when the link must be copied by hand. */
  state: { id: string; url?: string } | undefined;
  /** What screen readers hear after a copy. */
  notice = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly copiedText: () => string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  async copy(id: string): Promise<void> {
    const url = new URL(location.href);
    url.hash = `faq-${id}`;
    clearTimeout(this.timer);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url.href);
      this.show({ id }, this.copiedText());
      this.timer = setTimeout(() => this.show(undefined, ''), CONFIRM_MS);
    } catch {
      this.show({ id, url: url.href }, '');
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLInputElement>('.copy-fallback input')?.focus();
    }
  }

  private show(state: CopyLinkController['state'], notice: string): void {
    this.state = state;
    this.notice = notice;
    this.host.requestUpdate();
  }
}
