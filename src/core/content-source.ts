/**
 * Where the explainer's and the FAQ's content comes from, shared by both widgets.
 *
 * Sources are tried in this order; the first one that is present wins:
 *   1. `src`: a JSON file (`{lang}` in the URL is replaced by the widget's language);
 *   2. light-DOM children the partner wrote inside the element (readable with JavaScript off);
 *   3. the configured backend's `getContent(kind, lang)`;
 *   4. the built-in default content, imported on demand for one language only.
 *
 * Failures follow one rule, so the campaign's message is never a blank box:
 *   - a source that cannot be reached (offline, timeout, HTTP error, a backend without `getContent`) passes to the
 *     next source, with one console warning and an `m4a-error` event (none for a backend that simply has no content);
 *   - a source that answers with content that does not match the schema, or that is not JSON, stops with a visible,
 *     translated message naming the field, because only the partner can fix it (light-DOM content stays visible
 *     under the message);
 *   - a broken backend setting (page config, `backend` attribute) shows the usual configuration message.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type * as z from 'zod/mini';
import { loadDefaultContent } from '../shared/content/index.js';
import type { Lang } from '../shared/schemas/common.js';
import type { ContentKind, ContentOf } from '../shared/schemas/content.js';
import { WidgetError, toWidgetError } from './errors.js';
import type { Translator } from './i18n.js';
import type { CoreKey } from './messages.en.js';
import type { ContentKey } from './content-strings.en.js';
import type { Resolution } from './registry.js';
import { errorView, loadingView } from './status.js';

/** The strings content views use: the shared ones and these below, which every content widget's catalog includes. */
type T = Translator<ContentKey | CoreKey>;

export const CONTENT_ORIGINS = ['src', 'page', 'backend', 'default'] as const;
export type ContentOrigin = (typeof CONTENT_ORIGINS)[number];

export interface LoadedContent<K extends ContentKind> {
  content: ContentOf<K>;
  origin: ContentOrigin;
}

/** Content that a source delivered but that does not match the schema (or is not JSON). */
export class ContentError extends WidgetError {
  constructor(
    readonly origin: Exclude<ContentOrigin, 'default'>,
    detail: string,
    field?: string,
  ) {
    super('invalid-response', detail, field ? { field } : {});
  }
}

export interface ContentSourceOptions<K extends ContentKind> {
  kind: K;
  /** The `src` attribute. */
  src: () => string | undefined;
  lang: () => Lang;
  resolution: () => Resolution;
  /** The light-DOM children turned into the content shape, or `undefined` when there are none. */
  readPage: () => unknown;
  /** The backend call, validated by the widget (`M4aElement.call`). */
  fetchBackend: (lang: Lang, signal: AbortSignal) => Promise<ContentOf<K>>;
  /** One warning and one `m4a-error` event per problem (`M4aElement.reportError`). */
  report: (error: WidgetError) => void;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Loads content for one widget: a `@lit/task` Task re-run when `src`, the light DOM, the backend or the language change. */
export class ContentSource<K extends ContentKind> implements ReactiveController {
  readonly task: Task<readonly [string | undefined, number, Resolution, Lang], LoadedContent<K>>;
  private pageVersion = 0;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: ContentSourceOptions<K>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: ([src, , resolution, lang], { signal }) => this.load(src, resolution, lang, signal),
      args: () => [options.src(), this.pageVersion, options.resolution(), options.lang()] as const,
    });
  }

  hostConnected(): void {
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => r.target !== this.host)) this.reread();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
    // A run cut short when the element left the page starts again when it comes back.
    if (this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.ERROR) this.reread();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.task.abort();
  }

  /** True until the first content (or failure) is in: the widget keeps its reserved space until then. */
  get awaitingFirst(): boolean {
    const status = this.task.status;
    return this.task.value === undefined && (status === TaskStatus.INITIAL || status === TaskStatus.PENDING);
  }

  /** The content, or undefined while loading or after a failure. */
  get value(): LoadedContent<K> | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /**
   * The widget's content area: `complete` for loaded content; while loading, the previous content or the partner's
   * light-DOM HTML (no flash) or a loading message; a failure as a translated message.
   */
  render(t: T, complete: (loaded: LoadedContent<K>) => TemplateResult): TemplateResult {
    const previous = this.task.value;
    const waiting = () =>
      previous ? complete(previous) : this.host.firstElementChild ? html`<slot></slot>` : loadingView(t);
    return (this.task.render({
      initial: waiting,
      pending: waiting,
      complete,
      error: (err) => {
        const error = toWidgetError(err);
        return error instanceof ContentError
          ? contentErrorView(t, error)
          : errorView(t, error, () => void this.task.run());
      },
    }) ?? nothing) as TemplateResult;
  }

  private reread(): void {
    this.pageVersion++;
    this.host.requestUpdate();
  }

  private async load(
    src: string | undefined,
    resolution: Resolution,
    lang: Lang,
    signal: AbortSignal,
  ): Promise<LoadedContent<K>> {
    try {
      if (document.readyState === 'loading') await domReady(signal);
      return await this.firstAvailable(src, resolution, lang, signal);
    } catch (err) {
      const error = toWidgetError(err);
      this.options.report(error);
      throw error;
    }
  }

  private async firstAvailable(
    src: string | undefined,
    resolution: Resolution,
    lang: Lang,
    signal: AbortSignal,
  ): Promise<LoadedContent<K>> {
    const { kind, report } = this.options;
    // The schemas (and zod) load only when a source other than the built-in content is there to check.
    const schema = () =>
      import('../shared/schemas/content.js').then(
        (m) => m.CONTENT_SCHEMAS[kind] as unknown as z.ZodMiniType<ContentOf<K>>,
      );

    if (src) {
      const url = srcUrl(src, lang);
      try {
        const [{ fetchJson }, checked] = await Promise.all([import('./fetch.js'), schema()]);
        return { content: validate(checked, await fetchJson(url, { signal }), 'src'), origin: 'src' };
      } catch (err) {
        const error = toWidgetError(err);
        if (error instanceof ContentError || error.kind === 'aborted') throw error;
        if (error.kind === 'invalid-response') throw new ContentError('src', error.detail);
        report(error);
      }
    }

    const page = this.options.readPage();
    if (page !== undefined) return { content: validate(await schema(), page, 'page'), origin: 'page' };

    if (!resolution.ok) throw resolution.error;
    if (resolution.name !== null) {
      // The schema that checks the answer downloads while the request is out.
      schema().catch(() => undefined);
      try {
        return { content: await this.options.fetchBackend(lang, signal), origin: 'backend' };
      } catch (err) {
        const error = toWidgetError(err);
        if (error.kind === 'aborted' || error.kind === 'config') throw error;
        if (error.kind === 'invalid-response') throw new ContentError('backend', error.detail, error.extra.field);
        if (error.kind !== 'unsupported') report(error);
      }
    }

    try {
      return { content: await loadDefaultContent(kind, lang), origin: 'default' };
    } catch (err) {
      throw new WidgetError(
        'offline',
        `the default ${kind} content (${lang}) could not be loaded: ${toWidgetError(err).detail}`,
      );
    }
  }
}

/** The `src` URL for one language; only http(s) addresses (absolute, or relative to the page) are fetched. */
export function srcUrl(src: string, lang: Lang): URL {
  let url: URL | undefined;
  try {
    url = new URL(src.trim().replaceAll('{lang}', lang), document.baseURI);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new WidgetError('config', `src "${src}" is not a web address`, { field: 'src' });
  }
  return url;
}

function validate<C>(schema: z.ZodMiniType<C>, raw: unknown, origin: 'src' | 'page'): C {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.');
  throw new ContentError(
    origin,
    `content from ${origin} does not match the schema${field ? ` at "${field}"` : ''}: ${issue.message}`,
    field || undefined,
  );
}

function domReady(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    signal.addEventListener('abort', () => reject(new WidgetError('aborted', 'left the page before it loaded')), {
      once: true,
    });
  });
}

/** Invalid content: what is wrong, where it came from, and which field to fix; the partner's own HTML stays visible. */
export function contentErrorView(t: T, error: ContentError): TemplateResult {
  const field = error.extra.field;
  return html`<div class="status error" part="status error" role="alert">
      <p><strong>${t('content.invalid.title')}</strong></p>
      <p>${field ? t(`content.invalid.${error.origin}`, { field }) : t(`content.unreadable.${error.origin}`)}</p>
      <p><small>${t('error.details')}: <span lang="en">${error.detail}</span></small></p>
    </div>
    ${error.origin === 'page' ? html`<div class="page-content"><slot></slot></div>` : nothing}`;
}

// The views' strings; the Spanish in a module of its own, so it loads with the widgets' Spanish catalogs only.
export { contentStringsEn, type ContentKey } from './content-strings.en.js';
export { contentStringsEs } from './content-strings.es.js';
