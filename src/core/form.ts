/**
 * Accessible forms the GOV.UK way, shared by the widgets that take visitor input (signup, RSVP, lookup): one
 * problem type, an error summary that takes focus and links to each field, inline messages tied to their control
 * with `aria-describedby` (their styles: ./form.styles.ts). Problems carry catalog keys, so each widget translates
 * them with its own catalog (and again when the language changes).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Params } from './i18n.js';

/**
 * One problem to fix: the id of the control (or fieldset) it belongs to, and the catalog key (with parameters) of
 * the message that says how to fix it.
 */
export interface FormProblem<F extends string = string, K extends string = string> {
  field: F;
  key: K;
  params?: Params | undefined;
}

/** The translator a widget hands the form helpers (its `t`). */
export type ProblemTranslator<K extends string> = (key: K, params?: Params) => string;

/** The message of the problem at `field`, translated, or undefined when the field has none. */
export function problemMessage<F extends string, K extends string>(
  problems: readonly FormProblem<F, K>[],
  field: F,
  t: ProblemTranslator<K>,
): string | undefined {
  const problem = problems.find((p) => p.field === field);
  return problem && t(problem.key, problem.params);
}

/**
 * The box listing every problem, each a link to its field. Render it first inside the form and call
 * `focusErrorSummary` after the update, so screen readers announce it and keyboard users start from it.
 */
export function errorSummary<K extends string>(o: {
  title: string;
  problems: readonly FormProblem<string, K>[];
  t: ProblemTranslator<K>;
  /** A problem with the whole form rather than a field (e.g. the server refused it). */
  description?: string | undefined;
  onSelect: (id: string) => void;
}): TemplateResult | typeof nothing {
  if (o.problems.length === 0 && !o.description) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 class="error-summary-title" id="error-summary-title">${o.title}</h2>
    ${o.description ? html`<p class="error-summary-description">${o.description}</p>` : nothing}
    <ul class="error-summary-list">
      ${o.problems.map(
        (p) => html`<li>
          <a
            href=${`#${p.field}`}
            @click=${(ev: Event) => {
              ev.preventDefault();
              o.onSelect(p.field);
            }}
            >${o.t(p.key, p.params)}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

/** Moves focus to the error summary in `root`, if one is shown. */
export function focusErrorSummary(root: ParentNode): boolean {
  const summary = root.querySelector<HTMLElement>('.error-summary');
  summary?.focus();
  return !!summary;
}

/**
 * Focuses the control with `id` (a fieldset: its first input) and scrolls its label or legend into view, as the
 * links of the error summary do: fragment links cannot reach into a shadow root.
 */
export function focusControl(root: ShadowRoot | Document, id: string): void {
  const target = root.getElementById(id);
  if (!target) return;
  const control =
    target instanceof HTMLFieldSetElement
      ? target.querySelector<HTMLElement>('input, select, textarea')
      : (target as HTMLElement);
  control?.focus({ preventScroll: true });
  const heading = target.closest('.field')?.querySelector('label, legend') ?? target;
  heading.scrollIntoView({ block: 'start' });
}

/**
 * The inline message under a field; `prefix` ("Error:") is read out by screen readers only. A form whose messages
 * are tied to their field alone (a one-field search) may leave it out.
 */
export function fieldError(id: string, prefix: string, message: string | undefined): TemplateResult | typeof nothing {
  if (!message) return nothing;
  if (!prefix) return html`<p class="field-error" id=${id}>${message}</p>`;
  return html`<p class="field-error" id=${id}><span class="visually-hidden">${prefix}</span> ${message}</p>`;
}

/** An `aria-describedby` value from the ids that apply, or no attribute at all. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | typeof nothing {
  const list = ids.filter((id): id is string => !!id);
  return list.length ? list.join(' ') : nothing;
}

/** A labelled one-line input or text area with its hint and inline error. */
export interface TextFieldOptions {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Read before the error message by screen readers, e.g. "Error:". */
  errorPrefix: string;
  value: string;
  required?: boolean;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal' | 'url';
  maxlength?: number;
  multiline?: boolean;
  /** A class limiting the input's width to what it holds (e.g. `w-short`). */
  width?: string;
}

export function textField(o: TextFieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  const described = describedBy(hintId, errorId);
  const invalid = o.error ? 'true' : nothing;
  const control = o.multiline
    ? html`<textarea
        class="input"
        part="input"
        id=${o.id}
        name=${o.name}
        rows="4"
        maxlength=${o.maxlength ?? nothing}
        ?required=${o.required}
        aria-describedby=${described}
        aria-invalid=${invalid}
        .defaultValue=${o.value}
      ></textarea>`
    : html`<input
        class="input ${o.width ?? ''}"
        part="input"
        id=${o.id}
        name=${o.name}
        type=${o.type ?? 'text'}
        value=${o.value}
        autocomplete=${o.autocomplete ?? nothing}
        inputmode=${o.inputmode ?? nothing}
        maxlength=${o.maxlength ?? nothing}
        spellcheck=${o.type === 'email' || o.type === 'tel' ? 'false' : nothing}
        autocapitalize=${o.type === 'email' ? 'none' : nothing}
        ?required=${o.required}
        aria-describedby=${described}
        aria-invalid=${invalid}
      />`;
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label class="label" for=${o.id}>${o.label}</label>
    ${o.hint ? html`<div class="hint" id=${hintId}>${o.hint}</div>` : nothing}
    ${fieldError(`${o.id}-error`, o.errorPrefix, o.error)} ${control}
  </div>`;
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string | undefined;
}

/** A fieldset of checkboxes (`multiple`) or radio buttons, with legend, hint and inline error. */
export function choiceGroup(o: {
  id: string;
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
  options: readonly ChoiceOption[];
  selected: readonly string[];
  multiple: boolean;
  required?: boolean;
}): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <fieldset id=${o.id} aria-describedby=${describedBy(hintId, errorId)}>
      <legend class="legend">${o.legend}</legend>
      ${o.hint ? html`<div class="hint" id=${hintId}>${o.hint}</div>` : nothing}
      ${fieldError(`${o.id}-error`, o.errorPrefix, o.error)}
      ${o.options.map((opt, i) => {
        const id = `${o.id}-${i}`;
        return html`<div class="choice">
          <input
            id=${id}
            type=${o.multiple ? 'checkbox' : 'radio'}
            name=${o.name}
            value=${opt.value}
            ?checked=${o.selected.includes(opt.value)}
            ?required=${o.required && !o.multiple}
            aria-describedby=${opt.hint ? `${id}-hint` : nothing}
          />
          <div>
            <label for=${id}>${opt.label}</label>
            ${opt.hint ? html`<div class="hint" id=${`${id}-hint`}>${opt.hint}</div>` : nothing}
          </div>
        </div>`;
      })}
    </fieldset>
  </div>`;
}

/** One checkbox (consent) with optional wording shown in full beside it and tied to it for screen readers. */
export function checkboxField(o: {
  id: string;
  name: string;
  label: string;
  description?: string | undefined;
  checked: boolean;
}): TemplateResult {
  const descId = o.description ? `${o.id}-description` : undefined;
  return html`<div class="field">
    <div class="choice">
      <input id=${o.id} type="checkbox" name=${o.name} value="yes" ?checked=${o.checked} aria-describedby=${describedBy(descId)} />
      <div>
        <label for=${o.id}>${o.label}</label>
        ${o.description ? html`<div class="hint" id=${descId}>${o.description}</div>` : nothing}
      </div>
    </div>
  </div>`;
}
