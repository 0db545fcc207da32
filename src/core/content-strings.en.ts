/** The strings of content-source.ts's views (content errors); each content widget spreads them into its catalog. */
export const contentStringsEn = {
  'content.invalid.title': 'This content can’t be shown',
  'content.invalid.src': 'The file given in “src” has a problem in the field “{field}”.',
  'content.invalid.page': 'The HTML written inside this widget has a problem in the field “{field}”.',
  'content.invalid.backend': 'The content sent by the server has a problem in the field “{field}”.',
  'content.unreadable.src': 'The file given in “src” is not a content file in JSON format.',
  'content.unreadable.page': 'The HTML written inside this widget could not be read.',
  'content.unreadable.backend': 'The server did not send content in JSON format.',
} as const;

export type ContentKey = keyof typeof contentStringsEn;
