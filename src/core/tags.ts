/** The five elements, by tag. The one list the drop-in's lazy loader, the define modules and the docs derive from. */
export const TAGS = ['m4a-program-explainer', 'm4a-coverage-faq', 'm4a-signup-form', 'm4a-event-list', 'm4a-rep-lookup'] as const;
export type Tag = (typeof TAGS)[number];
