/** Strings of <m4a-rep-lookup> its search form needs; the answer's are in ./answer-messages.en.ts. Spanish: ./messages.es.ts. Keys built from schema values: title.*. */
import type { MessageKey } from '../../core/i18n.js';
import type answer from './answer-messages.en.js';

const en = {
  intro:
    'Find your members of Congress and state legislators, see where they stand on Medicare for All, and call them.',

  'form.label': 'Find your legislators',
  'form.zip.label': 'ZIP code',
  'form.zip.hint': '5 digits, like 53703.',
  'form.address.label': 'Street address (optional)',
  'form.address.hint':
    'Gives an exact answer when your ZIP code is split between districts, and finds your state legislators. Used only for this search, never stored.',
  'form.submit': 'Find my legislators',
  'form.location': 'Use my location',
  'form.location.busy': 'Finding your location…',
  'form.location.denied': 'Your browser did not share your location. Enter your ZIP code instead.',
  'form.location.failed': 'We could not get your location. Enter your ZIP code instead.',
  'form.error.required': 'Enter your ZIP code, or a street address with the city and state.',
  'form.error.zip': 'Enter a 5-digit ZIP code, like 53703.',
  'form.error.address-short': 'Enter a street address with the city and state, or a ZIP code.',
  'form.error.address-long': 'Addresses are at most {max} characters. Shorten it, or enter just your ZIP code.',
  'form.error.location': 'That location could not be used. Enter your ZIP code instead.',

  'lookup.feature': 'finding legislators',
  'lookup.loading': 'Looking up your legislators…',
  'lookup.found.one': 'Found {count} legislator.',
  'lookup.found.other': 'Found {count} legislators.',
  'lookup.not-found.title': 'No legislators found',
  'lookup.not-found.zip':
    'We could not find that ZIP code. Check it, or enter your street address with the city and state.',
  'lookup.not-found.zip-only': 'We could not find that ZIP code. Check it and try again.',
  'lookup.not-found.address': 'We could not find that address. Check the spelling, or enter just your ZIP code.',
  'lookup.not-found.coordinates': 'We could not find legislators for your location. Enter your ZIP code instead.',

  'split.title.one': 'Your ZIP code is split between {count} congressional districts',
  'split.title.other': 'Your ZIP code is split between {count} congressional districts',
  'split.body':
    'Each district has its own representative, and we won’t guess which one is yours. Add your street address to find out.',

  'title.Senator': 'Senator',
  'title.Representative': 'Representative',
  'title.Delegate': 'Delegate',
  'title.Resident Commissioner': 'Resident Commissioner',
  'title.State Senator': 'State Senator',
  'title.Representative to the Assembly': 'Representative to the Assembly',

  'stance.bill-fallback': 'Medicare for All',

  'script.name-placeholder': '[your name]',
  'script.place-zip': 'ZIP code {zip}',
  'script.place-unknown': 'the district',

  'stats.count.one': '{n} call made this week',
  'stats.count.other': '{n} calls made this week',
} as const;
export default en;

/** What this widget's `t()` takes (besides the shared strings): these and the answer's (./answer-messages.en.ts). */
export type RepLookupKey = MessageKey<typeof en> | MessageKey<typeof answer>;
