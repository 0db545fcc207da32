/** Strings of <m4a-program-explainer>. Spanish: ./messages.es.ts. */
import type { MessageKey } from '../../core/i18n.js';
import { contentStringsEn } from '../../core/content-source.js';

const en = {
  ...contentStringsEn,
  'learn-more': 'Learn more',
  'learn-more.about': 'about “{title}”',
  empty: 'There is nothing to show here yet.',
} as const;

export default en;

/** What this widget's `t()` takes (besides the shared strings). */
export type ExplainerKey = MessageKey<typeof en>;
