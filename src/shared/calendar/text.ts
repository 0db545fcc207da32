/** Text from upstream sources, made to fit the event schema's limits. */

/** Trims and shortens `text` to at most `max` characters, cutting at a word boundary and adding an ellipsis. */
export function clip(text: string | null | undefined, max: number): string {
  const s = (text ?? '').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A non-empty trimmed string, or undefined. */
export function nonEmpty(text: string | null | undefined, max: number): string | undefined {
  const s = clip(text, max);
  return s ? s : undefined;
}

/** An absolute http(s) URL, or undefined (upstreams send empty strings, relative paths, `null`). */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const u = new URL(value.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
