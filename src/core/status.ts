/** The small templates every widget uses for its loading and error states. */
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetError } from './errors.js';
import type { Translator } from './i18n.js';
import type { CoreKey } from './messages.en.js';

type T = Translator<CoreKey>;

/** `detail` of the config error a widget that needs a backend shows when none is configured. */
export const NO_BACKEND = 'no-backend';

export function loadingView(t: T, label?: string): TemplateResult {
  return html`<div class="status" part="status" role="status" aria-live="polite">${label ?? t('status.loading')}</div>`;
}

/** An error as visitors should read it: what happened, in their language, and a retry where one can help. */
export function errorView(t: T, error: WidgetError, retry?: () => void, feature?: string): TemplateResult {
  if (error.kind === 'config') {
    const field = error.extra.field ?? 'config';
    return html`<div class="status error" part="status error" role="alert">
      <p><strong>${t('error.config.title')}</strong></p>
      <p>${error.detail === NO_BACKEND ? t('error.no-backend') : t('error.config', { field })}</p>
      ${error.detail === NO_BACKEND ? nothing : html`<p><small>${t('error.details')}: <span lang="en">${error.detail}</span></small></p>`}
    </div>`;
  }
  const message = t(`error.${error.kind}`, { status: error.extra.status ?? '', feature: feature ?? '' });
  const canRetry = retry && error.kind !== 'unsupported' && error.kind !== 'invalid-response';
  return html`<div class="status error" part="status error" role="alert">
    <p>${message}</p>
    ${canRetry ? html`<button class="button secondary" part="button retry" type="button" @click=${retry}>${t('status.retry')}</button>` : nothing}
  </div>`;
}
