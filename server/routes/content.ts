import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import type { AppDeps } from '../deps.js';
import { NotFound } from '../errors.js';
import { describe } from '../http/describe.js';
import { validate } from '../http/validate.js';
import { Lang } from 'm4a-widgets/shared/schemas/common.js';
import { CONTENT_KINDS, Content, ContentKind } from 'm4a-widgets/shared/schemas/content.js';
import { contentDir, loadContent, prepareResponses, type LoadedContent } from '../content/store.js';

const ContentQuery = z.object({ lang: z._default(Lang, 'en') });
const ContentPath = z.object({ kind: ContentKind });

/** An unknown kind is a resource that does not exist, not a malformed request. */
const unknownKind = (_: unknown, c: Context) =>
  new NotFound('not_found', `No content of kind "${c.req.param('kind')}"; kinds are ${CONTENT_KINDS.join(', ')}.`);

/**
 * `GET /api/content/:kind?lang=en|es` — explainer and FAQ content (`Content`). Defaults unless `M4A_CONTENT_DIR`
 * holds a replacement; loaded and validated when the app is created, so a bad file stops the server at startup.
 */
export function contentRoutes(
  deps: AppDeps,
  content: LoadedContent = loadContent(contentDir(deps.config), deps.log),
): Hono {
  const responses = prepareResponses(content.table);
  const app = new Hono();

  app.get(
    '/:kind',
    describe({ summary: 'Explainer or FAQ content in a language', response: Content, failures: [404] }),
    validate('param', ContentPath, { invalid: unknownKind }),
    validate('query', ContentQuery),
    (c) => {
      const { kind } = c.req.valid('param');
      const { lang } = c.req.valid('query');
      const { body, etag } = responses[kind][lang];
      c.header('ETag', etag);
      // Content changes only with a deploy or a restart; a short shared cache keeps partner pages fast.
      c.header('Cache-Control', 'public, max-age=300');
      c.header('Content-Language', lang);
      if (
        c.req
          .header('if-none-match')
          ?.split(/\s*,\s*/)
          .includes(etag)
      )
        return c.body(null, 304);
      return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
    },
  );
  return app;
}
