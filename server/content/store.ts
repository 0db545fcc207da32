/**
 * The content the reference server answers with: the defaults from `src/shared/content/`, each replaceable by a JSON file
 * named `<kind>.<lang>.json` (e.g. `faq.es.json`) in the folder `M4A_CONTENT_DIR`. Files are read and validated
 * once, at startup; any problem stops the server with a message naming the file and the field, because serving
 * half-broken campaign content is worse than not starting.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { LANGS, type Lang } from 'm4a-widgets/shared/schemas/common.js';
import {
  CONTENT_KINDS,
  CONTENT_SCHEMAS,
  type ContentKind,
  type ContentOf,
} from 'm4a-widgets/shared/schemas/content.js';
import { explainerEn } from 'm4a-widgets/shared/content/explainer.en.js';
import { explainerEs } from 'm4a-widgets/shared/content/explainer.es.js';
import { faqEn } from 'm4a-widgets/shared/content/faq.en.js';
import { faqEs } from 'm4a-widgets/shared/content/faq.es.js';
import { costModelEn } from 'm4a-widgets/shared/cost/default-model.en.js';
import { costModelEs } from 'm4a-widgets/shared/cost/default-model.es.js';
import type { Logger } from '../log.js';

/** Merged into `ServerEnv` (server/config.ts) so `loadConfig()` carries it; read through {@link contentDir}. */
export const CONTENT_ENV_SHAPE = {
  /** Folder of JSON files replacing the default explainer/FAQ content, e.g. `faq.es.json`. Unset: defaults only. */
  M4A_CONTENT_DIR: z.pipe(
    z.optional(z.string()),
    z.transform((s) => s?.trim() || undefined),
  ),
};

/** The override folder from the server config object (never from `process.env`, so tests stay hermetic). */
export function contentDir(config: object): string | undefined {
  const value = (config as { M4A_CONTENT_DIR?: unknown }).M4A_CONTENT_DIR;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export type ContentTable = { [K in ContentKind]: Record<Lang, ContentOf<K>> };

export const DEFAULT_CONTENT: ContentTable = {
  explainer: { en: explainerEn, es: explainerEs },
  faq: { en: faqEn, es: faqEs },
  'cost-model': { en: costModelEn, es: costModelEs },
};

/** A content file that cannot be used; the message names the file and every bad field. */
export class ContentFileError extends Error {
  override name = 'ContentFileError';
}

const FILE_NAME = /^([a-z-]+)\.([a-z]{2})\.json$/;
const expectedNames = () => CONTENT_KINDS.flatMap((k) => LANGS.map((l) => `${k}.${l}.json`)).join(', ');

/** Reads and validates one override file. */
function readOverride<K extends ContentKind>(path: string, file: string, kind: K, lang: Lang): ContentOf<K> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ContentFileError(`Content file ${file} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = CONTENT_SCHEMAS[kind].safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.map(String).join('.') || '(file)'}: ${i.message}`);
    throw new ContentFileError(`Content file ${file} does not match the ${kind} content schema:\n${lines.join('\n')}`);
  }
  if (parsed.data.lang !== lang) {
    throw new ContentFileError(`Content file ${file}: lang is "${parsed.data.lang}" but the file name says "${lang}"`);
  }
  return parsed.data as ContentOf<K>;
}

/** Ids present in one language's FAQ and missing from the other: deep links (`#faq-<id>`) would differ by language. */
function faqIdGaps(table: ContentTable): string[] {
  const ids = LANGS.map((l) => new Set(table.faq[l].items.map((i) => i.id)));
  return LANGS.flatMap((l, n) =>
    table.faq[l].items.filter((i) => ids.some((other, m) => m !== n && !other.has(i.id))).map((i) => `${l}:${i.id}`),
  );
}

export interface LoadedContent {
  table: ContentTable;
  /** Override files in use, by name. */
  overrides: string[];
}

/** The defaults, with every override file in `dir` applied. Throws {@link ContentFileError} on any problem. */
export function loadContent(dir: string | undefined, log?: Logger): LoadedContent {
  const table: ContentTable = {
    explainer: { ...DEFAULT_CONTENT.explainer },
    faq: { ...DEFAULT_CONTENT.faq },
    'cost-model': { ...DEFAULT_CONTENT['cost-model'] },
  };
  if (!dir) return { table, overrides: [] };

  const root = resolve(dir);
  let names: string[];
  try {
    if (!statSync(root).isDirectory()) throw new Error('not a folder');
    names = readdirSync(root)
      .filter((f) => f.toLowerCase().endsWith('.json'))
      .sort();
  } catch (err) {
    throw new ContentFileError(`M4A_CONTENT_DIR ${root} cannot be read as a folder: ${(err as Error).message}`);
  }

  for (const file of names) {
    const m = FILE_NAME.exec(file);
    const kind = m?.[1] as ContentKind | undefined;
    const lang = m?.[2] as Lang | undefined;
    if (!kind || !lang || !CONTENT_KINDS.includes(kind) || !LANGS.includes(lang)) {
      throw new ContentFileError(`Content file ${file} has an unknown name; use one of: ${expectedNames()}`);
    }
    // Each kind's table row is typed by its kind; the assignment goes through the union once.
    (table[kind] as Record<Lang, ContentOf<ContentKind>>)[lang] = readOverride(join(root, file), file, kind, lang);
  }

  const gaps = faqIdGaps(table);
  if (gaps.length > 0) {
    log?.warn('faq ids differ between languages; #faq-<id> links will not match across languages', {
      ids: gaps.slice(0, 20).join(' '),
    });
  }
  if (names.length > 0) log?.info('content overrides loaded', { files: names.join(' ') });
  return { table, overrides: names };
}

/** One ready-to-send response per kind and language: the JSON text and its ETag, computed once. */
export interface ContentResponse {
  body: string;
  etag: string;
}

export function prepareResponses(table: ContentTable): { [K in ContentKind]: Record<Lang, ContentResponse> } {
  const prepare = (content: unknown): ContentResponse => {
    const body = JSON.stringify(content);
    return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  };
  const row = (kind: ContentKind) =>
    Object.fromEntries(LANGS.map((l) => [l, prepare(table[kind][l])])) as Record<Lang, ContentResponse>;
  return { explainer: row('explainer'), faq: row('faq'), 'cost-model': row('cost-model') };
}
