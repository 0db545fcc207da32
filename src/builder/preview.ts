/**
 * The live preview: the real elements with the snippet's attributes and theme tokens, as a page pasting the snippet
 * would show them (the page config they read is applied by the builder through the config store).
 */
import { html, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { Params } from '../core/i18n.js';
import { attributes } from './attributes.js';
import { TAGS, type BuilderState, type Tag } from './model.js';
import { attributesOf, tokensOf } from './snippet.js';

/** Tag names as static template parts; only these constants ever reach unsafeStatic. */
const TAG_PARTS = Object.fromEntries(TAGS.map((tag) => [tag, unsafeStatic(tag)])) as Record<Tag, StaticValue>;

export function previewSection(t: (key: string, params?: Params) => string, shown: BuilderState): TemplateResult {
  return html`<section class="preview-section" aria-labelledby="preview-title">
    <h2 id="preview-title">${t('preview.title')}</h2>
    <p class="hint">${t('preview.hint')}</p>
    <div class="preview scheme-${shown.theme}" part="preview" style=${styleMap(Object.fromEntries(tokensOf(shown)))}>
      ${
        shown.widgets.length
          ? repeat(
              shown.widgets,
              (tag) => tag,
              (tag) => html`<div class="preview-item">
              <p class="preview-label">${t(`widget.${tag}`)}</p>
              ${previewElement(tag, shown)}
            </div>`,
            )
          : html`<p>${t('preview.empty')}</p>`
      }
    </div>
  </section>`;
}

/**
 * The real element with the snippet's attributes. Values change in place; when an attribute comes or goes the
 * element is made afresh, as a page loading the snippet would make it, rather than relying on each widget to
 * handle an attribute being removed.
 */
function previewElement(tag: Tag, state: BuilderState): unknown {
  const list = attributesOf(tag, state);
  const names = list.map(([name]) => name).join(' ');
  return keyed(names, staticHtml`<${TAG_PARTS[tag]} ${attributes(list)}></${TAG_PARTS[tag]}>`);
}
