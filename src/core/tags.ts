/** The five elements, by tag. The one list the drop-in's lazy loader, the define modules and the docs derive from. */
export const TAGS = [
  'm4a-program-explainer',
  'm4a-coverage-faq',
  'm4a-signup-form',
  'm4a-event-list',
  'm4a-rep-lookup',
  'm4a-cost-calculator',
] as const;
export type Tag = (typeof TAGS)[number];

/**
 * Space (px) each element keeps while its code and first content load, so the page below it does not move when it
 * appears. Each is at most the element's height with its built-in content at any width (measured on the demo), so
 * the element only ever grows past it. Compact layouts keep less. A page sets its own with `--m4a-reserved-height`.
 */
export const RESERVED_HEIGHT: Record<Tag, number> = {
  'm4a-program-explainer': 480,
  'm4a-coverage-faq': 400,
  'm4a-signup-form': 480,
  'm4a-event-list': 400,
  'm4a-rep-lookup': 240,
  'm4a-cost-calculator': 960,
};
const COMPACT_RESERVED_HEIGHT = 160;

/** The reservation as CSS for `tag`'s shadow root; `state` narrows it (`:state(loading)`), empty for always. */
export function reservationCss(tag: Tag, state = ''): string {
  const height = (px: number) => `min-height:var(--m4a-reserved-height,${px}px)`;
  return (
    `${state ? `:host(${state})` : ':host'}{display:block;${height(RESERVED_HEIGHT[tag])}}` +
    `:host([layout=compact]${state}),:host([view=compact]${state}){${height(COMPACT_RESERVED_HEIGHT)}}`
  );
}

const sheets = new Map<string, CSSStyleSheet>();

/** {@link reservationCss} as a constructable stylesheet (allowed by a strict CSP), one per tag and state. */
export function reservationSheet(tag: Tag, state = ''): CSSStyleSheet {
  let sheet = sheets.get(tag + state);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(reservationCss(tag, state));
    sheets.set(tag + state, sheet);
  }
  return sheet;
}

export function isTag(name: string): name is Tag {
  return (TAGS as readonly string[]).includes(name);
}

/** Marks the slot of the drop-in's placeholder shadow root, which the element removes when it first renders. */
export const PLACEHOLDER_ATTRIBUTE = 'data-m4a-placeholder';

/**
 * Set (in localStorage) while the visitor's device queue holds writes not yet confirmed (core/device-queue.ts), so
 * the loader loads the elements that send them at once instead of when they near the screen. The key keeps the
 * queue's earlier name, "outbox": it is stored on visitors' devices and must still be found after an upgrade.
 */
export const PENDING_WRITES_KEY = 'm4a-outbox-pending';
/** The elements whose code replays stored writes (signups; RSVPs). */
export const WRITING_TAGS: readonly Tag[] = ['m4a-signup-form', 'm4a-event-list'];

/** Elements that answer links into them (`#faq-<id>` opens an FAQ question): loaded at once when the URL has one. */
export const DEEP_LINKS: Partial<Record<Tag, RegExp>> = { 'm4a-coverage-faq': /^#faq-/ };

/** Whether the page's address links into `tag` (see {@link DEEP_LINKS}). */
export function linkedInto(tag: Tag, hash = location.hash): boolean {
  return DEEP_LINKS[tag]?.test(hash) ?? false;
}
