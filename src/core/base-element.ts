/**
 * @fires m4a-loaded - The widget shows its first content (or a message saying why it can't): `{ tag, lang }`.
 * @fires m4a-error - The widget shows an error: `{ tag, kind, field? }`, never personal data.
 *
 * What every widget shares: language resolution and strings, backend resolution from attributes and page config,
 * validated backend calls that are aborted when the element leaves the page, and error reporting that stays inside
 * the widget (a translated message on the page, one warning in the console, an `m4a-error` event for analytics).
 */
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type * as z from 'zod/mini';
import type { Lang } from '../shared/schemas/common.js';
import type { Backend, BackendMethod } from './backend.js';
import { loadWiring, needsWiring, onPageChange, pageVersion, wired, type Resolution } from './config-link.js';
import { WidgetError, toWidgetError } from './errors.js';
import { M4aErrorEvent, M4aLoadedEvent } from './dom-events.js';
import { defineCatalog, translate, type Catalog, type Params } from './i18n.js';
import { LocalizedElement } from './localized-element.js';
import coreEn, { type CoreKey } from './messages.en.js';
import { NO_BACKEND } from './status.js';
import { controlStyles, hostStyles } from './theme.js';
import { isTag, PLACEHOLDER_ATTRIBUTE, reservationSheet } from './tags.js';

/** The registry alone (the drop-in loads it with its built-in backend types instead: src/index.ts). */
const loadRegistry = () => loadWiring(() => import('./registry.js'));

/** Custom states (`:state(loading)`) where the browser has them; older ones just keep no reserved space. */
function setState(internals: ElementInternals, name: string, on: boolean): void {
  try {
    if (on) internals.states.add(name);
    else internals.states.delete(name);
  } catch {
    // No CustomStateSet, or only its older `--name` form.
  }
}

export const coreCatalog = defineCatalog(coreEn, { es: () => import('./messages.es.js') });

/** Strings that later chunks of a widget brought (its answer, a form), by widget class: {@link M4aElement.addCatalog}. */
const laterCatalogs = new WeakMap<object, readonly Catalog[]>();

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** `K`: the keys of the widget's own catalog, which its `t()` takes besides the shared ones. */
export abstract class M4aElement<K extends string = string> extends LocalizedElement {
  static override styles = [hostStyles, controlStyles];

  /** The widget's own strings; looked up before the shared ones. */
  protected static catalog: Catalog | undefined;

  /** Name of a backend from the page config. */
  @property() backend?: string;

  /**
   * With the drop-in: `eager` loads the element's code at once; by default (`lazy`) it loads when the element comes
   * within a screen's height of the viewport. Read by the loader before the element is defined.
   */
  @property() loading?: 'lazy' | 'eager';

  /** Shorthand for a REST backend at this URL; wins over `backend` and the page config. */
  @property({ attribute: 'backend-url' }) backendUrl?: string;

  /** `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true }) theme?: Theme;

  /** Bumped when the page config or `<html lang>` changes. */
  @state() protected configVersion = pageVersion();

  /** The backend this widget talks to, or why it can't. Stable between changes, so tasks can use it as an argument. */
  protected resolution: Resolution = { ok: true, name: null, config: null };

  private readonly internals = this.attachInternals();
  private shown = false;
  private unsubscribe: (() => void) | undefined;
  private lifetime = new AbortController();
  private readonly reported = new Set<string>();

  override connectedCallback(): void {
    if (!this.shown) setState(this.internals, 'loading', true);
    super.connectedCallback();
    if (this.lifetime.signal.aborted) this.lifetime = new AbortController();
    this.unsubscribe = onPageChange(() => (this.configVersion = pageVersion()));
    this.configVersion = pageVersion();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.lifetime.abort();
  }

  protected override get catalogs(): Catalog[] {
    const own = (this.constructor as typeof M4aElement).catalog;
    return [...(laterCatalogs.get(this.constructor) ?? []), ...(own ? [own] : []), coreCatalog];
  }

  /**
   * Adds the strings a chunk loaded later brought with it (the lookup's answer, the RSVP form) to this widget's, for
   * every element of its kind: `t()` finds them from then on, and the next update waits for the visitor's language
   * of them as for the widget's own.
   */
  protected addCatalog(catalog: Catalog): void {
    const later = laterCatalogs.get(this.constructor) ?? [];
    if (!later.includes(catalog)) laterCatalogs.set(this.constructor, [...later, catalog]);
    this.requestUpdate();
  }

  /** The page config's `lang`, for widgets without a `lang` of their own. */
  protected override get configuredLang(): Lang | undefined {
    return wired()?.configStore.state.config.lang;
  }

  /** Holds rendering until the config is checked and the strings of the widget's language are loaded. */
  protected override async scheduleUpdate(): Promise<void> {
    // The config (and a backend-url) is checked with schemas loaded on demand; nothing renders before that.
    // (Awaited only when there is something to wait for, so an update is not delayed for nothing.) A page without
    // config or backend attributes needs neither the registry nor the schemas (core/config-link.ts).
    const attrs = { backend: this.backend, backendUrl: this.backendUrl };
    const wiring = wired() ?? (needsWiring(attrs) ? await loadRegistry() : undefined);
    const needSchemas = Boolean(this.backendUrl);
    if (wiring && !wiring.configStore.isReady(needSchemas)) await wiring.configStore.ready(needSchemas);
    const prerequisite = this.prerequisite();
    if (prerequisite) await prerequisite;
    await super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('configVersion') || changed.has('backend') || changed.has('backendUrl')) {
      const wiring = wired();
      this.resolution = wiring
        ? wiring.resolveBackendConfig({ backend: this.backend, backendUrl: this.backendUrl })
        : { ok: true, name: null, config: null };
      if (!this.resolution.ok) this.reportError(this.resolution.error);
    }
  }

  /**
   * The shadow root, with the element's reserved space (core/tags.ts) kept while `:state(loading)`. The drop-in may
   * have created the root already as a placeholder; its slot goes at the first render.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Lit renders before the root's first child; the placeholder slot goes away, so render into the root itself.
    if ((this.renderOptions.renderBefore as Element | null | undefined)?.hasAttribute?.(PLACEHOLDER_ATTRIBUTE)) {
      this.renderOptions.renderBefore = undefined;
    }
    if (root instanceof ShadowRoot && 'adoptedStyleSheets' in root && isTag(this.localName)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, reservationSheet(this.localName, ':state(loading)')];
    }
    return root;
  }

  protected override update(changed: PropertyValues): void {
    if (!this.hasUpdated) this.renderRoot.querySelector(`slot[${PLACEHOLDER_ATTRIBUTE}]`)?.remove();
    super.update(changed);
  }

  /** Something a widget needs before it renders (e.g. the sanitizer: core/sanitize.ts), or nothing. */
  protected prerequisite(): Promise<void> | undefined {
    return undefined;
  }

  /** True while the widget still waits for its first content; its reserved space is kept until then. */
  protected get awaitingFirstContent(): boolean {
    return false;
  }

  /**
   * Once the first content (or a message) is on screen: the reserved space is released and host analytics hear
   * `m4a-loaded`, once per element. The drop-in's loader also waits for it before loading elements further down.
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.shown || this.awaitingFirstContent) return;
    this.shown = true;
    setState(this.internals, 'loading', false);
    this.dispatchEvent(new M4aLoadedEvent({ tag: this.localName, lang: this.resolvedLang }));
  }

  /** A translated string of this widget (or a shared one) in the widget's language. */
  t(key: K | CoreKey, params?: Params): string {
    return translate(this.catalogs, this.resolvedLang, key, params);
  }

  /** Whether a backend is configured for this widget (widgets with built-in content use it to decide). */
  protected get hasBackend(): boolean {
    return this.resolution.ok && this.resolution.name !== null;
  }

  /**
   * Calls the backend and validates what comes back with `schema`. Every failure arrives as a `WidgetError`: no
   * backend or a bad config (`config`), a missing capability (`unsupported`), transport errors, or a response that
   * does not match the contract (`invalid-response`, naming the field). Aborted when the element is removed.
   * `schema` may be a loader (`() => import('…').then((m) => m.Schema)`), so a widget whose first view needs no
   * validation does not download the schemas up front.
   */
  protected async call<S extends z.ZodMiniType>(
    schema: S | (() => Promise<S>),
    method: BackendMethod,
    invoke: (backend: Backend, signal: AbortSignal) => Promise<unknown> | undefined,
    signal?: AbortSignal,
  ): Promise<z.output<S>> {
    const resolution = this.resolution;
    if (!resolution.ok) throw resolution.error;
    if (resolution.name === null) throw new WidgetError('config', NO_BACKEND, { field: 'backend' });
    let backend: Backend;
    try {
      backend = await (await loadRegistry()).getBackend(resolution.name, resolution.config);
    } catch (err) {
      throw new WidgetError('config', `backend "${resolution.name}" could not start: ${toWidgetError(err).detail}`, {
        field: `backends.${resolution.name}`,
      });
    }
    if (typeof backend[method] !== 'function') {
      throw new WidgetError(
        'unsupported',
        `backend "${resolution.name}" (${resolution.config.type}) has no ${method}()`,
      );
    }
    const combined = signal ? AbortSignal.any([signal, this.lifetime.signal]) : this.lifetime.signal;
    let raw: unknown;
    try {
      raw = await invoke(backend, combined);
    } catch (err) {
      throw toWidgetError(err);
    }
    const parsed = (typeof schema === 'function' ? await schema() : schema).safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path.map(String).join('.');
      throw new WidgetError(
        'invalid-response',
        `${method}() returned data that does not match the contract at "${path}": ${issue.message}`,
        {
          field: path,
        },
      );
    }
    return parsed.data;
  }

  /** One console warning per distinct problem, and an `m4a-error` event without personal data. */
  protected reportError(error: WidgetError): void {
    if (error.kind === 'aborted') return;
    if (this.reported.has(error.message)) return;
    this.reported.add(error.message);
    console.warn(`m4a-widgets <${this.localName}>: ${error.detail}`);
    const field = error.extra.field;
    this.dispatchEvent(new M4aErrorEvent({ tag: this.localName, kind: error.kind, ...(field ? { field } : {}) }));
  }
}
