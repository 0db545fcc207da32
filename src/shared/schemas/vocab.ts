/**
 * The contract's fixed vocabularies and link rule, with no zod: code that only needs a list or a check (the core,
 * the explainer, the FAQ with its built-in content) imports them from here, so a page that has nothing to validate
 * never downloads the schema library. The schemas (`common.ts`, `content.ts`) build on these and re-export them.
 */

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const CONTENT_KINDS = ['explainer', 'faq', 'cost-model'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** Pictures an explainer item may show. Named for what they depict, so partners can reuse them for any message. */
export const EXPLAINER_ICONS = [
  'people',
  'stethoscope',
  'heart',
  'pill',
  'wallet',
  'shield',
  'briefcase',
  'info',
] as const;
export type ExplainerIcon = (typeof EXPLAINER_ICONS)[number];

/** FAQ groups, in the order a category filter lists them. */
export const FAQ_CATEGORIES = [
  'cost',
  'coverage',
  'doctors',
  'current-coverage',
  'workers',
  'eligibility',
  'how-it-works',
] as const;
export type FaqCategory = (typeof FAQ_CATEGORIES)[number];

/** Tags an FAQ answer may use. Anything else is rejected by the schema. */
export const ANSWER_TAGS = ['p', 'ul', 'ol', 'li', 'a', 'strong', 'em'] as const;
export type AnswerTag = (typeof ANSWER_TAGS)[number];
/** The only attribute allowed in an answer: `href` on `a`. */
export const ANSWER_ATTRIBUTES = { a: ['href'] } as const;

/** A link target a partner may configure: a full http(s) address, a path on the same site, or a `#fragment`. */
export function isSafeHref(href: string): boolean {
  if (/[\s"'<>\\]/.test(href)) return false;
  if (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//'))) return true;
  try {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Link targets inside an answer: what {@link isSafeHref} allows, plus `mailto:` and `tel:`. */
export function isSafeAnswerHref(href: string): boolean {
  return isSafeHref(href) || /^(mailto|tel):[^\s"'<>\\]+$/i.test(href);
}
