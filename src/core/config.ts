/**
 * Page-level configuration: a `<script type="application/json" id="m4a-config">` block, `window.M4A.config` set
 * before the script loads, and `M4A.configure({...})` calls before or after. Later sources merge over earlier ones
 * (backends by name). The schema below is the documentation of the shape.
 */
import * as z from 'zod/mini';
import { Lang } from '../schemas/common.js';
import type { FieldError } from './errors.js';

export const BackendConfig = z.looseObject({
  /** `rest`, `static`, `mobilize`, or a type registered with `M4A.registerBackend`. */
  type: z.string().check(z.minLength(1, 'Say which type of backend this is, e.g. "rest"')),
});
export type BackendConfig = z.infer<typeof BackendConfig>;

export const PageConfig = z.object({
  /** Language of every widget on the page unless the element says otherwise. */
  lang: z.optional(Lang),
  /** Named backends. With exactly one, it is the default. */
  backends: z.optional(z.record(z.string().check(z.minLength(1)), BackendConfig)),
  /** Which named backend widgets use when they don't name one. */
  defaultBackend: z.optional(z.string()),
});
export type PageConfig = z.infer<typeof PageConfig>;

export const CONFIG_ELEMENT_ID = 'm4a-config';

export interface ConfigState {
  config: PageConfig;
  /** The first problem found in the page config, if any. */
  problem?: FieldError;
  /** Bumped on every change, so widgets know to re-resolve. */
  version: number;
}

type Listener = () => void;

export class ConfigStore {
  private raw: Record<string, unknown> = {};
  private blockRead = false;
  private parseProblem: FieldError | undefined;
  private listeners = new Set<Listener>();
  private cached: ConfigState | undefined;
  private version = 0;
  private langObserver: MutationObserver | undefined;

  get state(): ConfigState {
    this.readBlock();
    if (!this.cached) {
      const result = PageConfig.safeParse(this.raw);
      const issue = result.success ? undefined : result.error.issues[0];
      const problem =
        this.parseProblem ??
        (issue ? { path: issue.path.map(String).join('.') || 'config', message: issue.message } : undefined);
      this.cached = {
        config: result.success ? result.data : {},
        version: this.version,
        ...(problem ? { problem } : {}),
      };
    }
    return this.cached;
  }

  /** Merges `partial` over the current config. */
  configure(partial: unknown): void {
    if (partial === null || typeof partial !== 'object' || Array.isArray(partial)) {
      this.parseProblem = { path: 'configure()', message: 'M4A.configure() takes an object' };
    } else {
      this.raw = merge(this.raw, partial as Record<string, unknown>);
    }
    this.changed();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    this.observeHtmlLang();
    return () => this.listeners.delete(listener);
  }

  /** Forgets everything (tests). */
  reset(): void {
    this.raw = {};
    this.blockRead = false;
    this.parseProblem = undefined;
    this.changed();
  }

  private changed(): void {
    this.version++;
    this.cached = undefined;
    for (const l of [...this.listeners]) l();
  }

  /** Reads the JSON block once it exists; a script loaded in <head> tries again when the document is parsed. */
  private readBlock(): void {
    if (this.blockRead) return;
    const el = document.getElementById(CONFIG_ELEMENT_ID);
    this.blockRead = true;
    if (!el) {
      if (document.readyState === 'loading') {
        document.addEventListener(
          'DOMContentLoaded',
          () => {
            this.blockRead = false;
            this.changed();
          },
          { once: true },
        );
      }
      return;
    }
    try {
      const parsed: unknown = JSON.parse(el.textContent ?? '');
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      // The block is the base; configure() calls made earlier still win.
      this.raw = merge(parsed as Record<string, unknown>, this.raw);
    } catch (err) {
      this.parseProblem = {
        path: `#${CONFIG_ELEMENT_ID}`,
        message: `The config block is not valid JSON (${err instanceof Error ? err.message : String(err)})`,
      };
    }
    this.cached = undefined;
  }

  private observeHtmlLang(): void {
    if (this.langObserver) return;
    this.langObserver = new MutationObserver(() => this.changed());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base, ...over };
  const a = base['backends'];
  const b = over['backends'];
  if (isRecord(a) && isRecord(b)) out['backends'] = { ...a, ...b };
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The page's one store, shared by every widget of this copy of the library. */
export const configStore = new ConfigStore();
