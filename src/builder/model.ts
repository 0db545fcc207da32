/**
 * What the embed builder knows about the widgets, written against their public contract (tags, documented
 * attributes, the backend interface) rather than their internals, and the choices a site builder makes.
 *
 * The manifest (custom-elements.json) does not yet describe allowed values richly enough to drive the form, so the
 * options are a short hand list per tag; test/builder/embed-builder-contract.test.ts checks each allowed value
 * against the real elements, so the list cannot drift from what the widgets accept.
 */
import type * as z from 'zod/mini';
import { TAGS, type Tag } from '../core/tags.js';
import type { BackendMethod } from '../core/backend.js';
import { THEMES, type Theme } from '../core/base-element.js';
import { BUILT_IN_BACKENDS, BUILT_IN_BACKEND_TYPES } from '../backends/index.js';
import { Zip } from '../shared/schemas/common.js';
import { LinkHref } from '../shared/schemas/content.js';
import { EVENT_TYPES } from '../shared/schemas/event.js';

export { TAGS, THEMES, type Tag, type Theme };

/** Backend types the builder offers: the built-in ones; `none` leaves the config without a backend. */
export const BACKEND_TYPES = ['none', ...BUILT_IN_BACKEND_TYPES] as const;
export type BackendType = (typeof BACKEND_TYPES)[number];

export const LANG_CHOICES = ['auto', 'en', 'es'] as const;
export type LangChoice = (typeof LANG_CHOICES)[number];

interface OptionBase {
  /** The element's attribute. */
  attr: string;
}
/** One of a few values; the default is left out of the snippet. */
export interface ChoiceOption extends OptionBase {
  kind: 'choice';
  values: readonly string[];
  initial: string;
}
/** Free text; an optional schema (one the widgets use) checks it. */
export interface TextOption extends OptionBase {
  kind: 'text';
  maxLength: number;
  check?: z.ZodMiniType;
  inputMode?: 'numeric' | 'url' | 'text';
  /** Another attribute of the same element this one is meaningless without. */
  pairedWith?: string;
}
/** A boolean attribute. */
export interface FlagOption extends OptionBase {
  kind: 'flag';
}
/** Several values, comma-separated in the attribute. */
export interface ManyOption extends OptionBase {
  kind: 'many';
  values: readonly string[];
}
export type WidgetOption = ChoiceOption | TextOption | FlagOption | ManyOption;
export type OptionValue = string | boolean | readonly string[];

export interface WidgetInfo {
  /** Backend methods without which the widget can't do its job. */
  needs: readonly BackendMethod[];
  options: readonly WidgetOption[];
}

export const WIDGETS: Record<Tag, WidgetInfo> = {
  'm4a-program-explainer': {
    needs: [],
    options: [
      { kind: 'choice', attr: 'layout', values: ['cards', 'list', 'compact'], initial: 'cards' },
      { kind: 'text', attr: 'heading', maxLength: 120 },
      { kind: 'text', attr: 'cta-text', maxLength: 80, pairedWith: 'cta-href' },
      { kind: 'text', attr: 'cta-href', maxLength: 2000, check: LinkHref, inputMode: 'url', pairedWith: 'cta-text' },
    ],
  },
  'm4a-coverage-faq': {
    needs: [],
    options: [{ kind: 'text', attr: 'heading', maxLength: 120 }],
  },
  'm4a-signup-form': {
    needs: ['submitSignup'],
    options: [
      { kind: 'text', attr: 'organization', maxLength: 100 },
      { kind: 'text', attr: 'source', maxLength: 100 },
      { kind: 'text', attr: 'thank-you', maxLength: 300 },
    ],
  },
  'm4a-event-list': {
    needs: ['listEvents'],
    options: [
      { kind: 'choice', attr: 'view', values: ['list', 'compact'], initial: 'list' },
      { kind: 'many', attr: 'types', values: EVENT_TYPES },
      { kind: 'text', attr: 'zip', maxLength: 10, check: Zip, inputMode: 'numeric' },
      { kind: 'flag', attr: 'hide-filters' },
    ],
  },
  'm4a-rep-lookup': {
    needs: ['lookupReps'],
    options: [
      { kind: 'text', attr: 'source', maxLength: 100 },
      { kind: 'flag', attr: 'show-call-count' },
      { kind: 'flag', attr: 'no-location' },
      { kind: 'flag', attr: 'require-personal' },
    ],
  },
  'm4a-cost-calculator': {
    needs: [],
    options: [
      { kind: 'text', attr: 'heading', maxLength: 120 },
      { kind: 'text', attr: 'src', maxLength: 2000, inputMode: 'url' },
    ],
  },
};

/** Whether a backend of this type has the method, as its type declares (one that does not say has them all). */
export function canDo(type: BackendType, method: BackendMethod): boolean {
  if (type === 'none') return false;
  const { methods } = BUILT_IN_BACKENDS[type].capabilities as { methods?: readonly BackendMethod[] };
  return !methods || methods.includes(method);
}

export interface BackendChoice {
  type: BackendType;
  restUrl: string;
  staticUrl: string;
  organizationId: string;
  /** Empty: Mobilize's public API. */
  mobilizeBaseUrl: string;
}

export interface BuilderState {
  /** Chosen widgets, in the order of TAGS. */
  widgets: readonly Tag[];
  backend: BackendChoice;
  lang: LangChoice;
  options: Readonly<Record<Tag, Readonly<Record<string, OptionValue>>>>;
  theme: Theme;
  /** `#rrggbb`, or empty for the widgets' own colours. */
  accent: string;
  /** A CSS font-family list, or empty to inherit the page's font. */
  font: string;
  /** Corner radius in pixels, or empty for the default. */
  radius: string;
  /** Absolute URL of the drop-in script the snippet loads. */
  scriptUrl: string;
}

export function initialOptions(): BuilderState['options'] {
  const out = {} as Record<Tag, Record<string, OptionValue>>;
  for (const tag of TAGS) {
    out[tag] = Object.fromEntries(
      WIDGETS[tag].options.map((o) => [
        o.attr,
        o.kind === 'choice' ? o.initial : o.kind === 'flag' ? false : o.kind === 'many' ? [] : '',
      ]),
    );
  }
  return out;
}

export function initialState(scriptUrl: string): BuilderState {
  return {
    widgets: ['m4a-program-explainer'],
    backend: { type: 'none', restUrl: '', staticUrl: '', organizationId: '', mobilizeBaseUrl: '' },
    lang: 'auto',
    options: initialOptions(),
    theme: 'light',
    accent: '',
    font: '',
    radius: '',
    scriptUrl,
  };
}
