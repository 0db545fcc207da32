/**
 * Answers arrive as limited HTML (already checked by the schema). They are sanitized again here with DOMPurify,
 * keeping only the answer tags and `href`, before they ever touch the page; every link gets `rel="noopener"` and
 * opens in the same tab.
 */
import DOMPurify, { type Config } from 'dompurify';
import { ANSWER_TAGS } from '../../schemas/content.js';

// A private instance, so the hook below never affects a DOMPurify the host page uses.
const purify = DOMPurify(window);
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A' && node.hasAttribute('href')) node.setAttribute('rel', 'noopener');
});

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [...ANSWER_TAGS],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|\/(?!\/)|#)/i,
  RETURN_DOM_FRAGMENT: true,
};

/** The answer as inert DOM nodes, safe to insert. */
export function sanitizeAnswer(markup: string): DocumentFragment {
  return purify.sanitize(markup, CONFIG);
}
