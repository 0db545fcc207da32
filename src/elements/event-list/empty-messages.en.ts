/** Strings of the empty state (a list that finds nothing), loaded with its chunk (empty.ts). Spanish: ./empty-messages.es.ts. */
const en = {
  'empty.title': 'No upcoming events match your search.',
  'empty.none': 'There are no upcoming events right now. Please check back soon.',
  'empty.searched': 'You searched for: {criteria}.',
  'criteria.near': 'within {radius} miles of {zip}',
  'criteria.online': 'online events',
  'criteria.in-person': 'in-person events',
  'criteria.from': 'from {date}',
  'criteria.to': 'until {date}',
  'empty.wider': 'Search within {count} miles',
  'empty.online': 'Show online events',
} as const;
export default en;
