/**
 * The API's field errors in the console's language. The server names each bad input by its path and the broken
 * rule's code (ApiError's `fields`); its English `message` is never shown. A message is looked up from the most
 * to the least precise: `field.<form>.<field>.<code>`, `field.<form>.<field>`, `issue.<code>`, `issue.other`.
 * Each form renders the message beside its field (`aria-describedby`) and moves focus to the first bad field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../shared/schemas/common.js';
import type { Key, T } from './i18n.js';
import en from './messages.en.js';

export type FieldProblem = NonNullable<ApiError['error']['fields']>[number];

/** One bad field of a form, said in the page's language. */
export interface FieldError {
  field: string;
  message: string;
}

const known = (key: string): key is Key => key in en;

/**
 * The form's fields with problems, first problem per field, in the order the server gave them. `fieldOf` maps an
 * API path (e.g. `location.addressLines.0`) to the form's field name; paths the form has no field for are left out
 * (the caller then shows a failure without fields).
 */
export function fieldErrors(
  t: T,
  form: string,
  problems: readonly FieldProblem[],
  fieldOf: (path: string) => string | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    if (!field || errors.some((e) => e.field === field)) continue;
    const key = [
      `field.${form}.${field}.${problem.code}`,
      `field.${form}.${field}`,
      `issue.${problem.code}`,
      'issue.other',
    ].find(known)!;
    errors.push({ field, message: t(key as Key) });
  }
  return errors;
}

/** The `fieldOf` of a form whose fields are named as the API's inputs: a path's first part, if the form has it. */
export const fieldsNamed =
  (...names: string[]) =>
  (path: string): string | undefined => {
    const head = path.split('.')[0];
    return head && names.includes(head) ? head : undefined;
  };

/** What a form's template needs of its errors: the message beside a field, and the ids that describe it. */
export class FormErrors {
  constructor(
    /** Prefix of the form's element ids: the field `name` has the input `#<prefix>-name`. */
    readonly prefix: string,
    readonly errors: readonly FieldError[] = [],
  ) {}

  of(field: string): FieldError | undefined {
    return this.errors.find((e) => e.field === field);
  }

  /** The `aria-describedby` of a field: its error (when it has one) and its other descriptions (hints). */
  describedBy(field: string, ...others: string[]): string {
    return [this.of(field) ? `${this.prefix}-${field}-error` : '', ...others].filter(Boolean).join(' ');
  }

  /** The field's `aria-invalid`. */
  invalid(field: string): 'true' | 'false' {
    return this.of(field) ? 'true' : 'false';
  }

  /** The message beside a field, or nothing. */
  beside(field: string): TemplateResult | typeof nothing {
    const error = this.of(field);
    return error ? html`<p class="field-error" id="${this.prefix}-${field}-error">${error.message}</p>` : nothing;
  }

  /** Moves focus to the first bad field, whose description then reads its error. */
  focusFirst(root: ParentNode): void {
    const first = this.errors[0];
    if (first) root.querySelector<HTMLElement>(`#${this.prefix}-${first.field}`)?.focus();
  }
}
