/**
 * Content of the program explainer and the coverage FAQ: the contract every content source meets, whether it is the
 * default content shipped in `src/shared/content/`, a backend's `GET /api/content/:kind`, a partner's `src` JSON file, or
 * light-DOM HTML the widget turns into this shape.
 *
 * Titles, bodies and questions are plain text (rendered as text, never as HTML). FAQ answers may carry a small,
 * fixed set of tags ({@link ANSWER_TAGS}); {@link answerMarkupProblem} enforces it here so bad markup is rejected
 * with a message naming the field, and widgets still sanitize before rendering.
 */
import * as z from 'zod/mini';
import { HttpUrl } from './common.js';
import { CostModel } from './cost-model.js';
import {
  ANSWER_TAGS,
  CONTENT_KINDS,
  EXPLAINER_ICONS,
  FAQ_CATEGORIES,
  LANGS,
  isSafeAnswerHref,
  isSafeHref,
} from './vocab.js';

export { ANSWER_ATTRIBUTES, ANSWER_TAGS, CONTENT_KINDS, EXPLAINER_ICONS, FAQ_CATEGORIES, isSafeHref } from './vocab.js';
export type { AnswerTag } from './vocab.js';

/** `Use one of: a, b, c` — messages here are written out because `zod/mini` ships without a locale. */
const oneOf = (values: readonly string[]) => `Use one of: ${values.join(', ')}`;

export const ContentKind = z.enum(CONTENT_KINDS, { error: oneOf(CONTENT_KINDS) });
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const ExplainerIcon = z.enum(EXPLAINER_ICONS, { error: oneOf(EXPLAINER_ICONS) });
export type ExplainerIcon = (typeof EXPLAINER_ICONS)[number];

export const FaqCategory = z.enum(FAQ_CATEGORIES, { error: oneOf(FAQ_CATEGORIES) });
export type FaqCategory = (typeof FAQ_CATEGORIES)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const textError = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'This field is missing' : 'Must be text'),
};

/** The content's language. */
export const ContentLang = z.enum(LANGS, { error: oneOf(LANGS) });

/** A stable id: lowercase letters, digits and single hyphens, e.g. `employer-insurance`. Used in `#faq-<id>` links. */
export const ContentId = z
  .string(textError)
  .check(
    z.maxLength(64, 'An id is at most 64 characters'),
    z.regex(SLUG, 'Use lowercase letters, digits and hyphens only, like "employer-insurance"'),
  );

/** Trimmed, non-empty text of bounded length. */
const text = (max: number) =>
  z
    .string(textError)
    .check(z.trim(), z.minLength(1, 'This text is empty'), z.maxLength(max, `At most ${max} characters`));

export const LinkHref = z
  .string(textError)
  .check(
    z.trim(),
    z.maxLength(2000, 'At most 2000 characters'),
    z.refine(isSafeHref, 'Use a full web address starting with https://, a path starting with /, or a #fragment'),
  );

const BLOCK_TAGS = new Set<string>(['p', 'ul', 'ol']);
const TAG_AT = /<(\/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>/y;
const ANCHOR_ATTRS = /^\s+href\s*=\s*(?:"([^"]*)"|'([^']*)')\s*$/;

/**
 * Checks an answer against the allowed subset of HTML and returns what is wrong, or `undefined` when it is fine.
 * Rules: only {@link ANSWER_TAGS}; no attributes except a quoted `href` on `a` pointing to https/http, mailto, tel,
 * a same-site path or a #fragment; every tag closed in order; `li` only directly inside `ul`/`ol`; no block inside
 * a paragraph or inline tag; no comments or declarations. A bare `<` followed by a space or digit is plain text.
 */
export function answerMarkupProblem(html: string): string | undefined {
  const open: string[] = [];
  const allowed = ANSWER_TAGS.join(', ');
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const next = html.charAt(i + 1);
    if (next === '!' || next === '?') return 'Comments and declarations (<!…>, <?…>) are not allowed in an answer';
    if (!/[A-Za-z/]/.test(next)) continue;
    TAG_AT.lastIndex = i;
    const m = TAG_AT.exec(html);
    if (!m) return `Unfinished tag near "${html.slice(i, i + 20)}": close it with >, or write &lt; for a literal <`;
    const [, slash, rawName = '', attrs = ''] = m;
    const name = rawName.toLowerCase();
    if (!(ANSWER_TAGS as readonly string[]).includes(name)) {
      return `<${rawName}> is not allowed in an answer; use only ${allowed}`;
    }
    if (slash) {
      if (attrs.trim()) return `The closing tag </${name}> cannot have attributes`;
      const top = open.pop();
      if (top !== name)
        return top
          ? `</${name}> closes <${top}>: close tags in the order they were opened`
          : `</${name}> has no matching <${name}>`;
    } else {
      if (name === 'a') {
        const a = ANCHOR_ATTRS.exec(attrs);
        const href = a?.[1] ?? a?.[2];
        if (href === undefined)
          return '<a> needs exactly one attribute, a quoted href, like <a href="https://example.org">';
        // Character references could hide a scheme from this check; `&amp;` (as in query strings) is the one allowed.
        if (/&(?!amp;)/.test(href)) return `Write & as &amp; in the link "${href}"`;
        if (!isSafeAnswerHref(href.replaceAll('&amp;', '&'))) {
          return `The link "${href}" must start with https://, http://, mailto:, tel:, / or #`;
        }
      } else if (attrs.trim()) {
        return `<${name}> cannot have attributes; only <a href="…"> can`;
      }
      const parent = open.at(-1);
      if (name === 'li' && parent !== 'ul' && parent !== 'ol') return '<li> must be directly inside <ul> or <ol>';
      if (BLOCK_TAGS.has(name) && parent !== undefined && parent !== 'li') {
        return `<${name}> cannot be inside <${parent}>; close the <${parent}> first`;
      }
      if (name === 'a' && open.includes('a')) return 'A link cannot contain another link';
      open.push(name);
    }
    i = TAG_AT.lastIndex - 1;
  }
  const unclosed = open.at(-1);
  return unclosed ? `<${unclosed}> is never closed: add </${unclosed}>` : undefined;
}

/** FAQ answer: limited HTML (see {@link answerMarkupProblem}). */
export const AnswerHtml = text(8000).check(
  z.superRefine((html: string, ctx) => {
    const problem = answerMarkupProblem(html);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: html });
  }),
);

/** Where a fact or figure in an answer comes from. */
export const Source = z.object({
  label: text(160),
  url: HttpUrl,
});
export type Source = z.infer<typeof Source>;

/**
 * When the content was last checked against its sources, and which texts (bill versions, reports) were read. Optional:
 * partner content without it is valid; the FAQ shows it under the questions so a reader knows how current it is.
 */
export const ContentReview = z.object({
  reviewed: z.iso.date({ error: 'Use a date written YYYY-MM-DD, like 2026-12-04' }),
  checked: z.array(Source, { error: 'checked must be a list' }).check(z.maxLength(20, 'At most 20 texts')),
});
export type ContentReview = z.infer<typeof ContentReview>;

export const ExplainerItem = z.object({
  id: ContentId,
  /** Short headline. */
  title: text(120),
  /** One or two sentences of plain text. */
  body: text(600),
  learnMoreUrl: z.optional(HttpUrl),
  /** Link text for `learnMoreUrl`; widgets fall back to a translated "Learn more". */
  learnMoreLabel: z.optional(text(80)),
  icon: z.optional(ExplainerIcon),
});
export type ExplainerItem = z.infer<typeof ExplainerItem>;

export const FaqItem = z.object({
  /** Stable slug: the question's deep link is `#faq-<id>`. Keep the same id in every language. */
  id: ContentId,
  category: FaqCategory,
  /** Plain text. */
  question: text(300),
  answer: AnswerHtml,
  sources: z.optional(
    z.array(Source, { error: 'sources must be a list' }).check(z.maxLength(10, 'At most 10 sources')),
  ),
});
export type FaqItem = z.infer<typeof FaqItem>;

/** Call to action under the explainer, e.g. to the signup form. */
export const Cta = z.object({
  text: text(80),
  url: LinkHref,
});
export type Cta = z.infer<typeof Cta>;

/** Flags the second and later uses of an id, at `items.<n>.id`. */
function uniqueIds<T extends { id: string }>() {
  return z.superRefine((items: T[], ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.issues.push({
          code: 'custom',
          message: `The id "${item.id}" is used twice; every item needs its own id`,
          input: item.id,
          path: [index, 'id'],
        });
      }
      seen.add(item.id);
    });
  });
}

export const ExplainerContent = z.object(
  {
    kind: z.literal('explainer', { error: 'kind must be "explainer"' }),
    lang: ContentLang,
    items: z
      .array(ExplainerItem, { error: 'items must be a list' })
      .check(z.maxLength(24, 'At most 24 items'), uniqueIds<ExplainerItem>()),
    cta: z.optional(Cta),
    review: z.optional(ContentReview),
  },
  { error: 'Content must be a JSON object' },
);
export type ExplainerContent = z.infer<typeof ExplainerContent>;

export const FaqContent = z.object(
  {
    kind: z.literal('faq', { error: 'kind must be "faq"' }),
    lang: ContentLang,
    items: z
      .array(FaqItem, { error: 'items must be a list' })
      .check(z.maxLength(200, 'At most 200 questions'), uniqueIds<FaqItem>()),
    review: z.optional(ContentReview),
  },
  { error: 'Content must be a JSON object' },
);
export type FaqContent = z.infer<typeof FaqContent>;

export const Content = z.discriminatedUnion('kind', [ExplainerContent, FaqContent, CostModel], {
  error: `kind must be one of: ${CONTENT_KINDS.join(', ')}`,
});
export type Content = z.infer<typeof Content>;

/** The content type of one kind: `ContentOf<'faq'>` is `FaqContent`. */
export type ContentOf<K extends ContentKind> = Extract<Content, { kind: K }>;

/** The schema of one kind, for callers that know which kind they asked for. */
export const CONTENT_SCHEMAS = { explainer: ExplainerContent, faq: FaqContent, 'cost-model': CostModel } as const;
