/** Content of the program explainer and the coverage FAQ. Owned by the explainer/FAQ issue; this is the seed. */
import * as z from 'zod/mini';

export const CONTENT_KINDS = ['explainer', 'faq'] as const;
export const ContentKind = z.enum(CONTENT_KINDS);
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const Content = z.object({
  kind: ContentKind,
  items: z.array(z.looseObject({ id: z.string(), title: z.string() })),
});
export type Content = z.infer<typeof Content>;
