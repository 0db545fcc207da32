/**
 * Answers arrive as limited HTML (already checked by the schema). They are sanitized again here (core/sanitize.ts:
 * the browser's Sanitizer API, or DOMPurify where there is none), keeping only the answer tags and `href`, before
 * they ever touch the page. Links keep only safe targets, get `rel="noopener"` and open in the same tab.
 */
import { defaultEngine, sanitize } from '../../core/sanitize.js';
import { ANSWER_TAGS, isSafeAnswerHref } from '../../shared/schemas/vocab.js';

/** The answer as inert DOM nodes, safe to insert. */
export function sanitizeAnswer(markup: string, engine = defaultEngine): DocumentFragment {
  const fragment = sanitize(markup, { elements: ANSWER_TAGS, attributes: ['href'] }, engine);
  for (const link of fragment.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    if (href === null) continue;
    if (isSafeAnswerHref(href.trim())) link.setAttribute('rel', 'noopener');
    else link.removeAttribute('href');
  }
  return fragment;
}
