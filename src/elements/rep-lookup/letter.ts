/**
 * A letter: the template chosen by the target's stance (the partner's for this language, else ours), filled with
 * the call scripts' merge fields (scripts.ts' one merge function), then the visitor's own sentence and signature;
 * and the channels it can leave by, best first.
 */
import type { Lang } from '../../shared/schemas/common.js';
import {
  LETTER_MAX,
  PERSONAL_MAX,
  type Handoff,
  type LetterOverrides,
  type LetterTemplate,
  type MessageKind,
  type WriteChannel,
} from '../../shared/schemas/letters.js';
import { fillScript, mergeValues, scriptKind } from './scripts.js';
import type { T } from './format.js';
import type { Target } from './target.js';
import type { Draft } from './write-types.js';

/** Mail programs cut `mailto:` links longer than about this; past it the body goes by the clipboard. */
export const MAILTO_MAX = 2000;
export const NAME_MAX = 80;
export const ADDRESS_MAX = 300;
export { PERSONAL_MAX };

type Defaults = Record<MessageKind, LetterTemplate>;
const loaded = new Map<Lang, Defaults>();
const LOADERS: Record<Lang, () => Promise<Defaults>> = {
  en: () => import('../../shared/content/letters.en.js').then((m) => m.lettersEn),
  es: () => import('../../shared/content/letters.es.js').then((m) => m.lettersEs),
};

export async function loadDefaultLetters(lang: Lang): Promise<void> {
  if (!loaded.has(lang)) loaded.set(lang, await LOADERS[lang]());
}
export const defaultLettersLoaded = (lang: Lang) => loaded.has(lang);

export interface Letter {
  subject: string;
  /** Greeting and body, the visitor's sentence, closing and signature. */
  body: string;
}

export interface LetterContext {
  t: T;
  /** The write panel's strings. */
  w: (key: string, params?: Record<string, string | number>) => string;
  lang: Lang;
  overrides: LetterOverrides;
  placeZip: string | undefined;
}

export function composeLetter(target: Target, draft: Draft, c: LetterContext): Letter {
  const kind = scriptKind(target.position);
  const template = c.overrides[c.lang]?.[kind] ?? loaded.get(c.lang)![kind];
  const values = mergeValues(target, draft.name, c);
  const signature = [draft.name.trim() || c.t('script.name-placeholder'), ...addressLines(draft.address)];
  const body = [
    fillScript(template.body, values),
    draft.personal.trim(),
    `${c.w('letter.closing')}\n${signature.join('\n')}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return { subject: fillScript(template.subject, values), body: body.slice(0, LETTER_MAX + PERSONAL_MAX + 400) };
}

export const addressLines = (address: string) =>
  address
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * How this target's letter can leave, best first: the partner's hand-off for its level replaces ours; else email,
 * the office's form (or, said as such, its website: never a guessed URL), and always paper.
 */
export function channelsFor(target: Target, handoff: Handoff): WriteChannel[] {
  if (handoff[target.level]) return ['handoff'];
  const list: WriteChannel[] = [];
  if (target.email) list.push('email');
  if (target.contactUrl) list.push('form');
  else if (target.website) list.push('website');
  list.push('print', 'pdf');
  return list;
}

/** The `mailto:` link, and whether the body had to stay out of it (too long): then it goes by the clipboard. */
export function mailto(email: string, letter: Letter): { href: string; viaClipboard: boolean } {
  const subject = `subject=${encodeURIComponent(letter.subject)}`;
  const full = `mailto:${email}?${subject}&body=${encodeURIComponent(letter.body)}`;
  if (full.length <= MAILTO_MAX) return { href: full, viaClipboard: false };
  return { href: `mailto:${email}?${subject}`, viaClipboard: true };
}

/** Copies text; false when the browser refuses (no permission, not a secure context). */
export async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
