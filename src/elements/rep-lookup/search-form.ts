/**
 * The search form of <m4a-rep-lookup>: ZIP, street address (where the backend takes one), "Use my location"; what
 * the visitor typed, what to fix in it, and the query it makes.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldError, problemMessage } from '../../core/form.js';
import type { T } from './format.js';
import type { RepLookupKey } from './messages.en.js';
import { locateVisitor } from './location.js';
import { formQuery, type FormField, type LookupProblem } from './query.js';
import type { RepLookupQuery } from '../../shared/schemas/representative.js';
import { zipInAddress } from '../../shared/zip.js';

export interface SearchFormContext {
  t: T;
  zipText: string;
  addressText: string;
  problem: LookupProblem | undefined;
  /** Why "Use my location" did not work, as a message key. */
  locationProblem: RepLookupKey | undefined;
  /** A lookup or a location request is under way. */
  busy: boolean;
  locating: boolean;
  /** The backend answers ZIP codes only: no address field. */
  zipOnly: boolean;
  canLocate: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onInput: (field: FormField, value: string) => void;
  onLocate: () => void;
}

const INPUTS: Record<FormField, { name: string; autocomplete: string; maxlength: number; numeric: boolean }> = {
  zip: { name: 'postal-code', autocomplete: 'postal-code', maxlength: 10, numeric: true },
  address: { name: 'street-address', autocomplete: 'street-address', maxlength: 200, numeric: false },
};

/** A labelled input with its hint and, tied to it, the message saying how to fix what was typed. */
function field(c: SearchFormContext, name: FormField, value: string): TemplateResult {
  const input = INPUTS[name];
  // The message sits right under its one field and takes focus with it, so no "Error:" prefix is read first.
  const message = problemMessage(c.problem ? [c.problem] : [], name, c.t);
  return html`<div class="field ${name}">
    <label for=${name}>${c.t(`form.${name}.label`)}</label>
    <p class="hint" id=${`${name}-hint`}>${c.t(`form.${name}.hint`)}</p>
    ${fieldError(`${name}-error`, '', message)}
    <input
      id=${name}
      class="input"
      part="input"
      name=${input.name}
      type="text"
      inputmode=${input.numeric ? 'numeric' : nothing}
      autocomplete=${input.autocomplete}
      maxlength=${input.maxlength}
      aria-describedby=${describedBy(`${name}-hint`, message && `${name}-error`)}
      aria-invalid=${message ? 'true' : 'false'}
      .value=${live(value)}
      @input=${(e: InputEvent) => c.onInput(name, (e.target as HTMLInputElement).value)}
    />
  </div>`;
}

export function renderSearchForm(c: SearchFormContext): TemplateResult {
  const { t, busy } = c;
  const label = t('form.label');
  return html`<form class="form" part="form" role="search" aria-label=${label} novalidate @submit=${c.onSubmit}>
    <div class="fields">${field(c, 'zip', c.zipText)} ${c.zipOnly ? nothing : field(c, 'address', c.addressText)}</div>
    <div class="actions">
      <button class="button" part="button submit" type="submit" ?disabled=${busy}>${t('form.submit')}</button>
      ${
        c.canLocate
          ? html`<button class="button secondary" part="button location" type="button" ?disabled=${busy}
            @click=${c.onLocate}>
            <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="3" fill="currentColor" />
              <path d="M8 1v3M8 12v3M1 8h3M12 8h3" stroke="currentColor" stroke-width="1.6" />
            </svg>
            ${c.locating ? t('form.location.busy') : t('form.location')}
          </button>`
          : nothing
      }
    </div>
    ${c.locationProblem ? html`<p class="field-error" role="alert">${t(c.locationProblem)}</p>` : nothing}
  </form>`;
}

export interface SearchHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface SearchDeps {
  /** The visitor asked for `query`; `placeZip` is the ZIP the call scripts may name, when one is known. */
  onSearch: (query: RepLookupQuery, placeZip: string | undefined) => void;
}

/** The state of the search form, kept out of the element; the element only hears the queries it makes. */
export class SearchController {
  private zipText = '';
  private addressText = '';
  private problem: LookupProblem | undefined;
  private locating = false;
  private locationProblem: RepLookupKey | undefined;

  constructor(
    private readonly host: SearchHost,
    private readonly deps: SearchDeps,
  ) {}

  /** The ZIP the partner's page gave, shown as if typed. */
  setZip(zip: string): void {
    this.zipText = zip;
    this.host.requestUpdate();
  }

  render(t: T, o: { lookupPending: boolean; zipOnly: boolean; canLocate: boolean }): TemplateResult {
    return renderSearchForm({
      t,
      zipText: this.zipText,
      addressText: this.addressText,
      problem: this.problem,
      locationProblem: this.locationProblem,
      busy: o.lookupPending || this.locating,
      locating: this.locating,
      zipOnly: o.zipOnly,
      canLocate: o.canLocate,
      onSubmit: (e) => this.submit(e, o.zipOnly),
      onInput: (field, value) => {
        if (field === 'zip') this.zipText = value;
        else this.addressText = value;
        this.host.requestUpdate();
      },
      onLocate: () => this.locate(),
    });
  }

  /** Shows what to fix (e.g. what the backend refused) at its field, and moves focus there. */
  showProblem(problem: LookupProblem): void {
    this.problem = problem;
    this.host.requestUpdate();
    void this.focus(problem.field);
  }

  async focus(field: FormField): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>(`#${field}`)?.focus();
  }

  private submit(e: SubmitEvent, zipOnly: boolean): void {
    e.preventDefault();
    const result = formQuery(this.zipText, zipOnly ? '' : this.addressText);
    if (!result.ok) {
      // With no address field, "or a street address" would send the visitor looking for one.
      this.problem = zipOnly ? { field: 'zip', key: 'form.error.zip' } : result.problem;
      this.host.requestUpdate();
      void this.focus(result.problem.field);
      return;
    }
    this.problem = undefined;
    this.locationProblem = undefined;
    this.host.requestUpdate();
    this.deps.onSearch(result.query, result.zip ?? zipInAddress(this.addressText));
  }

  private locate(): void {
    this.locating = true;
    this.locationProblem = undefined;
    this.problem = undefined;
    this.host.requestUpdate();
    locateVisitor(
      (query) => {
        this.locating = false;
        this.deps.onSearch(query, undefined);
      },
      (problem) => {
        this.locating = false;
        this.locationProblem = problem;
        this.host.requestUpdate();
      },
    );
  }
}
