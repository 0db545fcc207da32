/**
 * HTML from outside the library (FAQ answers, event descriptions) is sanitized before it touches the page. Browsers
 * with the HTML Sanitizer API (`Element.setHTML`) do it natively, into an inert document; the others get DOMPurify,
 * which is then loaded once, on demand. Widgets await {@link sanitizerReady} before they render such HTML, so the
 * synchronous {@link sanitize} always has an implementation, and browsers that need no library download none.
 */
import type { Config, DOMPurify } from 'dompurify';

/** What to keep: `elements` and `attributes` are allow-lists; `dropWithContent` lists elements removed outright. */
export interface SanitizeRules {
  elements?: readonly string[];
  attributes?: readonly string[];
  dropWithContent?: readonly string[];
}

interface SanitizerConfig {
  elements?: string[];
  attributes?: string[];
  removeElements?: string[];
}
type SetHtml = (html: string, options?: { sanitizer?: SanitizerConfig }) => void;

/** How HTML gets sanitized: the browser's own Sanitizer API, or DOMPurify. Tests pass one explicitly to cover both. */
export type SanitizerEngine = 'native' | 'dompurify';
export const defaultEngine: SanitizerEngine =
  typeof Element !== 'undefined' && typeof (Element.prototype as { setHTML?: SetHtml }).setHTML === 'function'
    ? 'native'
    : 'dompurify';
let purify: DOMPurify | undefined;
let inert: Document | undefined;

/** Resolves when {@link sanitize} can run: at once with the native API, else once DOMPurify is loaded. */
export async function sanitizerReady(engine = defaultEngine): Promise<void> {
  if (engine === 'native' || purify) return;
  const { default: create } = await import('dompurify');
  // A private instance, so nothing configured here affects a DOMPurify the host page uses.
  purify ??= create(window);
}

/** For a widget's `prerequisite()`: nothing when {@link sanitize} can run now, else the wait until it can. */
export function sanitizerPrerequisite(): Promise<void> | undefined {
  return defaultEngine === 'native' || purify ? undefined : sanitizerReady();
}

/** `markup` as inert DOM nodes that keep only what `rules` allow; nothing in it can run or load. */
export function sanitize(markup: string, rules: SanitizeRules, engine = defaultEngine): DocumentFragment {
  if (engine === 'native') {
    inert ??= document.implementation.createHTMLDocument('');
    const holder = inert.createElement('div');
    const sanitizer: SanitizerConfig = rules.elements
      ? { elements: [...rules.elements], attributes: [...(rules.attributes ?? [])] }
      : { removeElements: [...(rules.dropWithContent ?? [])] };
    (holder as unknown as { setHTML: SetHtml }).setHTML(markup, { sanitizer });
    const fragment = document.createDocumentFragment();
    fragment.append(...holder.childNodes);
    return fragment;
  }
  if (!purify) throw new Error('sanitize() before sanitizerReady()');
  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    ...(rules.elements ? { ALLOWED_TAGS: [...rules.elements], ALLOWED_ATTR: [...(rules.attributes ?? [])] } : {}),
    ...(rules.dropWithContent ? { FORBID_TAGS: [...rules.dropWithContent] } : {}),
    RETURN_DOM_FRAGMENT: true,
  };
  return purify.sanitize(markup, config);
}
