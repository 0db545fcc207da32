/**
 * The builder's form controls: always-visible labels, hints and error messages tied to their control with
 * aria-describedby, aria-invalid on a control with a problem, radio groups and checkbox groups in fieldsets.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Problem } from './validate.js';

/** The element id of a field's control (or its group), from the field name used by validation. */
export const idOf = (field: string): string => `f-${field.replace(/[^a-zA-Z0-9-]/g, '-')}`;

export interface FieldContext {
  problem(field: string): Problem | undefined;
  /** "Error:" in the builder's language, read before each message by screen readers. */
  errorPrefix: string;
}

const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || nothing;

function errorMessage(ctx: FieldContext, field: string): TemplateResult | typeof nothing {
  const problem = ctx.problem(field);
  if (!problem) return nothing;
  // Schema messages are written in English whatever the builder's language.
  return html`<p class="error" id="${idOf(field)}-error" lang=${problem.fromSchema ? 'en' : nothing}>
    <span class="visually-hidden">${ctx.errorPrefix} </span>${problem.message}
  </p>`;
}

export interface TextFieldSpec {
  field: string;
  label: string;
  hint?: string | undefined;
  value: string;
  type?: 'text' | 'url';
  inputMode?: 'text' | 'numeric' | 'url' | undefined;
  maxLength?: number | undefined;
  onInput: (value: string) => void;
}

export function textField(ctx: FieldContext, spec: TextFieldSpec): TemplateResult {
  const id = idOf(spec.field);
  const invalid = !!ctx.problem(spec.field);
  return html`<div class="field ${invalid ? 'invalid' : ''}">
    <label class="label" for=${id}>${spec.label}</label>
    ${spec.hint ? html`<p class="hint" id="${id}-hint">${spec.hint}</p>` : nothing} ${errorMessage(ctx, spec.field)}
    <input
      class="input"
      id=${id}
      type=${spec.type ?? 'text'}
      inputmode=${spec.inputMode ?? nothing}
      maxlength=${spec.maxLength ?? nothing}
      autocomplete="off"
      spellcheck="false"
      .value=${live(spec.value)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(spec.hint && `${id}-hint`, invalid && `${id}-error`)}
      @input=${(e: Event) => spec.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string | undefined;
}

/** One of several: radios in a fieldset; the legend names the group, a problem is shown under it. */
export function radioGroup(
  ctx: FieldContext,
  spec: {
    field: string;
    legend: string;
    choices: readonly Choice[];
    value: string;
    onChange: (value: string) => void;
    extra?: TemplateResult;
  },
): TemplateResult {
  const id = idOf(spec.field);
  const invalid = !!ctx.problem(spec.field);
  return html`<fieldset class="group ${invalid ? 'invalid' : ''}" data-field=${spec.field} aria-describedby=${describedBy(invalid && `${id}-error`)}>
    <legend>${spec.legend}</legend>
    ${errorMessage(ctx, spec.field)}
    <div class="choices">
      ${spec.choices.map(
        (c) => html`<div class="choice">
          <input
            type="radio"
            id="${id}-${c.value}"
            name=${id}
            value=${c.value}
            .checked=${live(spec.value === c.value)}
            aria-describedby=${describedBy(c.hint && `${id}-${c.value}-hint`)}
            @change=${() => spec.onChange(c.value)}
          />
          <label for="${id}-${c.value}">${c.label}</label>
          ${c.hint ? html`<p class="hint" id="${id}-${c.value}-hint">${c.hint}</p>` : nothing}
        </div>`,
      )}
    </div>
    ${spec.extra ?? nothing}
  </fieldset>`;
}

/** Any number of several: checkboxes in a fieldset. */
export function checkboxGroup(
  ctx: FieldContext,
  spec: {
    field: string;
    legend: string;
    hint?: string | undefined;
    choices: readonly Choice[];
    values: readonly string[];
    onChange: (values: string[]) => void;
  },
): TemplateResult {
  const id = idOf(spec.field);
  const invalid = !!ctx.problem(spec.field);
  const toggle = (value: string, on: boolean) =>
    spec.onChange(spec.choices.map((c) => c.value).filter((v) => (v === value ? on : spec.values.includes(v))));
  return html`<fieldset
    class="group ${invalid ? 'invalid' : ''}"
    data-field=${spec.field}
    aria-describedby=${describedBy(spec.hint && `${id}-hint`, invalid && `${id}-error`)}
  >
    <legend>${spec.legend}</legend>
    ${spec.hint ? html`<p class="hint" id="${id}-hint">${spec.hint}</p>` : nothing} ${errorMessage(ctx, spec.field)}
    <div class="choices">
      ${spec.choices.map((c) =>
        checkbox({
          id: `${id}-${c.value}`,
          label: c.label,
          hint: c.hint,
          checked: spec.values.includes(c.value),
          onChange: (on) => toggle(c.value, on),
        }),
      )}
    </div>
  </fieldset>`;
}

export function checkbox(spec: {
  id: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  onChange: (on: boolean) => void;
}): TemplateResult {
  return html`<div class="choice">
    <input
      type="checkbox"
      id=${spec.id}
      .checked=${live(spec.checked)}
      aria-describedby=${describedBy(spec.hint && `${spec.id}-hint`)}
      @change=${(e: Event) => spec.onChange((e.target as HTMLInputElement).checked)}
    />
    <label for=${spec.id}>${spec.label}</label>
    ${spec.hint ? html`<p class="hint" id="${spec.id}-hint">${spec.hint}</p>` : nothing}
  </div>`;
}
