/** Strings of <m4a-program-explainer>. Spanish: ./messages.es.ts. */
import { contentStringsEn } from '../../core/content-source.js';

export default {
  ...contentStringsEn,
  'learn-more': 'Learn more',
  'learn-more.about': 'about “{title}”',
  empty: 'There is nothing to show here yet.',
} as const;
