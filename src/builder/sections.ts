/**
 * The larger parts of the builder's settings form, as templates: the backend and its fields, each widget's options,
 * and the look (scheme, accent with its contrast check, font, radius).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Params } from '../core/i18n.js';
import { AA_TEXT, contrastRatio, formatRatio, isHexColor, onAccent, SURFACES } from './contrast.js';
import { checkbox, checkboxGroup, idOf, radioGroup, textField, type FieldContext } from './fields.js';
import en from './messages.en.js';
import {
  BACKEND_TYPES,
  THEMES,
  WIDGETS,
  type BackendChoice,
  type BuilderState,
  type OptionValue,
  type Tag,
  type WidgetOption,
} from './model.js';

/** The accent the colour picker starts from: the widgets' own (src/core/theme.ts). */
const DEFAULT_ACCENT = '#1d4ed8';

const hasKey = (key: string) => key in en;

/** What the sections read and how they report a change. `typing` changes reach the preview after a pause. */
export interface SectionContext {
  t(key: string, params?: Params): string;
  lang: string;
  fields: FieldContext;
  choices: BuilderState;
  change(patch: Partial<BuilderState>, typing?: boolean): void;
  changeBackend(patch: Partial<BackendChoice>): void;
  changeOption(tag: Tag, attr: string, value: OptionValue, typing: boolean): void;
}

export function backendSection(s: SectionContext): TemplateResult {
  const b = s.choices.backend;
  const fields: Record<BackendChoice['type'], () => TemplateResult | typeof nothing> = {
    none: () => nothing,
    rest: () => backendUrlField(s, 'rest', b.restUrl, (restUrl) => s.changeBackend({ restUrl })),
    static: () => backendUrlField(s, 'static', b.staticUrl, (staticUrl) => s.changeBackend({ staticUrl })),
    mobilize: () => html`${textField(s.fields, {
      field: 'backend.organizationId',
      label: s.t('field.backend.organizationId'),
      hint: s.t('field.backend.organizationId.hint'),
      value: b.organizationId,
      inputMode: 'numeric',
      maxLength: 20,
      onInput: (organizationId) => s.changeBackend({ organizationId }),
    })}
    ${textField(s.fields, {
      field: 'backend.baseUrl',
      label: s.t('field.backend.baseUrl'),
      hint: s.t('field.backend.baseUrl.hint'),
      value: b.mobilizeBaseUrl,
      type: 'url',
      maxLength: 500,
      onInput: (mobilizeBaseUrl) => s.changeBackend({ mobilizeBaseUrl }),
    })}`,
  };
  return radioGroup(s.fields, {
    field: 'backend.type',
    legend: s.t('backend.legend'),
    choices: BACKEND_TYPES.map((type) => ({
      value: type,
      label: s.t(`backend.${type}`),
      hint: s.t(`backend.${type}.hint`),
    })),
    value: b.type,
    onChange: (type) => s.changeBackend({ type: type as BackendChoice['type'] }),
    extra: html`<div class="subfields">${fields[b.type]()}</div>`,
  });
}

function backendUrlField(
  s: SectionContext,
  type: 'rest' | 'static',
  value: string,
  onInput: (v: string) => void,
): TemplateResult {
  return textField(s.fields, {
    field: 'backend.url',
    label: s.t(`field.backend.url.${type}`),
    hint: s.t(`field.backend.url.${type}.hint`),
    value,
    type: 'url',
    maxLength: 500,
    onInput,
  });
}

export function optionsSection(s: SectionContext, tag: Tag): TemplateResult {
  return html`<fieldset class="group" data-options=${tag}>
    <legend>${s.t('options.legend', { widget: s.t(`widget.${tag}`) })}</legend>
    ${WIDGETS[tag].options.map((option) => optionField(s, tag, option))}
  </fieldset>`;
}

function optionField(s: SectionContext, tag: Tag, option: WidgetOption): TemplateResult {
  const key = `option.${tag}.${option.attr}`;
  const field = `${tag}.${option.attr}`;
  const value = s.choices.options[tag][option.attr];
  const hint = hasKey(`${key}.hint`) ? s.t(`${key}.hint`) : undefined;
  const set = (v: OptionValue, typing = false) => s.changeOption(tag, option.attr, v, typing);
  switch (option.kind) {
    case 'choice':
      return radioGroup(s.fields, {
        field,
        legend: s.t(key),
        choices: option.values.map((v) => ({ value: v, label: s.t(`${key}.${v}`) })),
        value: String(value),
        onChange: set,
      });
    case 'many':
      return checkboxGroup(s.fields, {
        field,
        legend: s.t(key),
        hint,
        choices: option.values.map((v) => ({ value: v, label: s.t(`${key}.${v}`) })),
        values: Array.isArray(value) ? value : [],
        onChange: set,
      });
    case 'flag':
      return checkbox({ id: idOf(field), label: s.t(key), hint, checked: value === true, onChange: set });
    case 'text':
      return textField(s.fields, {
        field,
        label: s.t(key),
        hint,
        value: String(value ?? ''),
        type: option.inputMode === 'url' ? 'url' : 'text',
        inputMode: option.inputMode,
        maxLength: option.maxLength,
        onInput: (v) => set(v, true),
      });
  }
}

export function lookSection(s: SectionContext): TemplateResult {
  const c = s.choices;
  return html`<fieldset class="group">
    <legend>${s.t('look.legend')}</legend>
    ${radioGroup(s.fields, {
      field: 'theme',
      legend: s.t('theme.legend'),
      choices: THEMES.map((theme) => ({ value: theme, label: s.t(`theme.${theme}`) })),
      value: c.theme,
      onChange: (theme) => s.change({ theme: theme as BuilderState['theme'] }),
    })}
    <div class="field accent">
      <label class="label" for="accent-picker">${s.t('accent.picker')}</label>
      <div class="accent-row">
        <input
          id="accent-picker"
          class="swatch"
          type="color"
          .value=${live(isHexColor(c.accent) ? c.accent.toLowerCase() : DEFAULT_ACCENT)}
          aria-describedby=${isHexColor(c.accent) ? 'contrast' : nothing}
          @input=${(e: Event) => s.change({ accent: (e.target as HTMLInputElement).value })}
        />
        ${
          c.accent
            ? html`<button class="button secondary" type="button" @click=${() => s.change({ accent: '' })}>${s.t('accent.reset')}</button>`
            : nothing
        }
      </div>
    </div>
    ${textField(s.fields, {
      field: 'accent',
      label: s.t('accent.code'),
      hint: s.t('accent.code.hint'),
      value: c.accent,
      maxLength: 7,
      onInput: (accent) => s.change({ accent: accent.trim() }, true),
    })}
    <div id="contrast" class="contrast" aria-live="polite">${contrastNotes(s)}</div>
    ${textField(s.fields, {
      field: 'font',
      label: s.t('font.label'),
      hint: s.t('font.hint'),
      value: c.font,
      maxLength: 200,
      onInput: (font) => s.change({ font }, true),
    })}
    ${textField(s.fields, {
      field: 'radius',
      label: s.t('radius.label'),
      hint: s.t('radius.hint'),
      value: c.radius,
      inputMode: 'numeric',
      maxLength: 2,
      onInput: (radius) => s.change({ radius }, true),
    })}
  </fieldset>`;
}

/** How readable the accent is where the widgets use it, for the colour scheme(s) the widgets will show. */
function contrastNotes(s: SectionContext): TemplateResult | typeof nothing {
  const accent = s.choices.accent.toLowerCase();
  if (!isHexColor(accent)) return nothing;
  const surfaces = (s.choices.theme === 'auto' ? ['light', 'dark'] : [s.choices.theme]) as Array<keyof typeof SURFACES>;
  const ratio = (r: number) => formatRatio(r, s.lang);
  const on = onAccent(accent);
  const button = contrastRatio(accent, on);
  return html`<ul class="notes">
    ${surfaces.map((surface) => {
      const r = contrastRatio(accent, SURFACES[surface]);
      return html`<li class=${r < AA_TEXT ? 'warning' : 'ok'}>
        ${s.t(`contrast.${surface}`, { ratio: ratio(r) })}
        ${r < AA_TEXT ? html`<strong>${s.t(`contrast.low.${surface}`, { min: AA_TEXT })}</strong>` : nothing}
      </li>`;
    })}
    <li class=${button < AA_TEXT ? 'warning' : 'ok'}>
      ${s.t('contrast.button', { color: s.t(`color.${on}`), ratio: ratio(button) })}
      ${button < AA_TEXT ? html`<strong>${s.t('contrast.button.low', { min: AA_TEXT })}</strong>` : nothing}
    </li>
  </ul>`;
}
