import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppDeps } from '../app.js';
import { apiError, parseOr400 } from '../http.js';
import { Lang } from 'm4a-widgets/shared/schemas/common.js';
import { CONTENT_KINDS, type ContentKind } from 'm4a-widgets/shared/schemas/content.js';
import { contentDir, loadContent, prepareResponses, type LoadedContent } from '../content/store.js';

const ContentQuery = z.object({ lang: z._default(Lang, 'en') });

const isKind = (kind: string): kind is ContentKind => (CONTENT_KINDS as readonly string[]).includes(kind);

/**
 * `GET /api/content/:kind?lang=en|es` — explainer and FAQ content (`Content`). Defaults unless `M4A_CONTENT_DIR`
 * holds a replacement; loaded and validated when the app is created, so a bad file stops the server at startup.
 */
export function contentRoutes(deps: AppDeps, content: LoadedContent = loadContent(contentDir(deps.config), deps.log)): Hono {
  const responses = prepareResponses(content.table);
  const app = new Hono();

  app.get('/:kind', (c) => {
    const kind = c.req.param('kind');
    if (!isKind(kind)) {
      return apiError(c, 404, 'not_found', `No content of kind "${kind}"; kinds are ${CONTENT_KINDS.join(', ')}.`);
    }
    const { lang } = parseOr400(ContentQuery, { lang: c.req.query('lang') });
    const { body, etag } = responses[kind][lang];
    c.header('ETag', etag);
    // Content changes only with a deploy or a restart; a short shared cache keeps partner pages fast.
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Language', lang);
    if (c.req.header('if-none-match')?.split(/\s*,\s*/).includes(etag)) return c.body(null, 304);
    return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });
  return app;
}
