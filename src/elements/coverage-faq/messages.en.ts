/** Strings of <m4a-coverage-faq>. Spanish: ./messages.es.ts. */
import type { MessageKey } from '../../core/i18n.js';
import { contentStringsEn } from '../../core/content-source.js';

const en = {
  ...contentStringsEn,
  'search.label': 'Search the questions',
  'category.label': 'Topic',
  'category.all': 'All topics',
  'category.cost': 'Cost and funding',
  'category.coverage': 'What’s covered',
  'category.doctors': 'Doctors and hospitals',
  'category.current-coverage': 'Your coverage today',
  'category.workers': 'Jobs and workers',
  'category.eligibility': 'Who is covered',
  'category.how-it-works': 'How it works',
  'expand-all': 'Expand all',
  'collapse-all': 'Collapse all',
  'results.one': '{count} question matches',
  'results.other': '{count} questions match',
  'no-results': 'No questions match “{query}”.',
  'no-results.category': 'No questions in “{category}” match “{query}”.',
  'clear-search': 'Clear search',
  'copy-link': 'Copy link',
  'copy-link.about': 'to “{question}”',
  copied: 'Link copied',
  'copy-fallback': 'Copy this link',
  sources: 'Sources',
  'review.date': 'Answers last checked on {date}, against:',
  empty: 'There are no questions here yet.',
} as const;

export default en;

/** What this widget's `t()` takes (besides the shared strings). */
export type FaqKey = MessageKey<typeof en>;
