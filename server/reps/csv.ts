/**
 * CSV through csv-parse (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF, a BOM; rows
 * of the wrong width are errors). Rows are checked against the expected header so a changed upstream layout fails
 * loudly instead of importing garbage.
 */
import { parse } from 'csv-parse/sync';

/** Rows as objects keyed by the header; throws when a required column is missing or a row has the wrong width. */
export function parseCsvRecords<K extends string>(text: string, required: readonly K[]): Record<K, string>[] {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    throw new Error(`CSV: ${err instanceof Error ? err.message : String(err)}`);
  }
  const [header, ...body] = rows;
  if (!header) throw new Error('CSV: empty file');
  const missing = required.filter((k) => !header.includes(k));
  if (missing.length) throw new Error(`CSV: missing column(s) ${missing.join(', ')} (header: ${header.join(',')})`);
  const index = required.map((k) => [k, header.indexOf(k)] as const);
  return body.map((cells) => Object.fromEntries(index.map(([k, i]) => [k, cells[i]!])) as Record<K, string>);
}
