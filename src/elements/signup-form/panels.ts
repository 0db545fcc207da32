/** What <m4a-signup-form> shows in place of the form once a signup is saved on the device or confirmed. */
import { html, type TemplateResult } from 'lit';
import type { Translator } from '../../core/i18n.js';
import type { SignupKey } from './messages.en.js';

export interface PanelContext {
  phase: 'queued' | 'sent';
  t: Translator<SignupKey>;
  /** The signup is kept where it survives closing the page (false: in memory only). */
  persisted: boolean;
  /** The partner's thank-you text, if any. */
  thankYou: string | undefined;
  onRetry: () => void;
}

export function renderPanel({ phase, t, persisted, thankYou, onRetry }: PanelContext): TemplateResult {
  if (phase === 'queued') {
    return html`<div class="panel queued" part="panel">
      <h2 class="panel-title" tabindex="-1">${t('queued.title')}</h2>
      <p>${t(persisted ? 'queued.body' : 'queued.body.memory')}</p>
      <button class="button secondary" part="button retry" type="button" @click=${onRetry}>${t('queued.retry')}</button>
    </div>`;
  }
  return html`<div class="panel sent" part="panel">
    <h2 class="panel-title" tabindex="-1">${t('sent.title')}</h2>
    <p>${thankYou?.trim() || t('sent.body')}</p>
    <slot name="next-steps"></slot>
  </div>`;
}
