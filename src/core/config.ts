/**
 * Page-level configuration: a `<script type="application/json" id="m4a-config">` block, `window.M4A.config` set
 * before the script loads, and `M4A.configure({...})` calls before or after. Later sources merge over earlier ones
 * (backends by name). The schema below is the documentation of the shape.
 */
import type { FieldError } from './errors.js';
import { CONFIG_ELEMENT_ID, onPageChange, pageChanged, provideConfigStore } from './config-link.js';
import type * as ConfigSchemaModule from './config-schema.js';
import type { PageConfig } from './config-schema.js';

export type { BackendConfig, PageConfig } from './config-schema.js';

type ConfigSchemas = typeof ConfigSchemaModule;
let schemas: ConfigSchemas | undefined;
let loadingSchemas: Promise<ConfigSchemas> | undefined;
/** What else the checks need, loaded with the schemas: the options schemas of backend types (core/registry.ts). */
const companions: Array<() => Promise<unknown>> = [];

/** Loads the config schemas (and zod) once, with their companions; every later check is synchronous. */
export function loadConfigSchemas(): Promise<ConfigSchemas> {
  return (loadingSchemas ??= Promise.all([import('./config-schema.js'), ...companions.map((load) => load())]).then(
    ([m]) => (schemas = m),
  ));
}

/**
 * Adds something the config checks need (a backend type's options schema) to what {@link loadConfigSchemas} loads.
 * Registered after the schemas started loading, it holds {@link ConfigStore.ready} back until it is loaded too.
 */
export function loadWithConfigSchemas(load: () => Promise<unknown>): void {
  companions.push(load);
  if (!loadingSchemas) return;
  schemas = undefined;
  loadingSchemas = Promise.all([loadingSchemas, load()]).then(([m]) => (schemas = m));
}

/** The config schemas if they are loaded, for synchronous checks after {@link ConfigStore.ready}. */
export function configSchemas(): ConfigSchemas | undefined {
  return schemas;
}

export { CONFIG_ELEMENT_ID } from './config-link.js';

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
  private cached: ConfigState | undefined;
  private version = 0;

  /**
   * The parsed config. Until the schemas are loaded a non-empty config reads as empty; widgets wait for
   * {@link ready} before they render, so they never act on it.
   */
  get state(): ConfigState {
    this.readBlock();
    if (!this.cached) {
      if (!schemas && !this.isEmpty) return { config: {}, version: this.version };
      if (!schemas)
        return (this.cached = {
          config: {},
          version: this.version,
          ...(this.parseProblem ? { problem: this.parseProblem } : {}),
        });
      const result = schemas.PageConfig.safeParse(this.raw);
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

  /** Whether {@link state} is final: no config to check, or the schemas are loaded. */
  isReady(needSchemas = false): boolean {
    this.readBlock();
    return !!schemas || (this.isEmpty && !needSchemas);
  }

  /** Resolves once {@link state} is final: at once without config, else when the schemas are loaded. */
  async ready(needSchemas = false): Promise<void> {
    if (this.isReady(needSchemas)) return;
    await loadConfigSchemas();
    this.cached = undefined;
  }

  private get isEmpty(): boolean {
    return Object.keys(this.raw).length === 0;
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

  /** Calls `listener` when the config or `<html lang>` changes (core/config-link.ts, which widgets listen to). */
  subscribe(listener: Listener): () => void {
    return onPageChange(listener);
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
    pageChanged(true);
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
provideConfigStore(configStore);
