/** WCAG 2.x contrast, for the builder's warning about a chosen accent colour. */

/** The widgets' default surfaces (src/core/theme.ts), which the accent is drawn on as links, outlines and icons. */
export const SURFACES = { light: '#ffffff', dark: '#161b22' } as const;

/** Text colours offered on top of the accent (buttons): whichever reads better. */
const ON_ACCENT = ['#ffffff', '#111111'] as const;

/** WCAG AA for normal text. */
export const AA_TEXT = 4.5;

export const isHexColor = (s: string): boolean => /^#[0-9a-f]{6}$/i.test(s);

function channel(hex: string, i: number): number {
  const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** Contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour for buttons filled with `accent`. */
export function onAccent(accent: string): string {
  return ON_ACCENT.reduce((best, c) => (contrastRatio(accent, c) > contrastRatio(accent, best) ? c : best));
}

/** A ratio as people read it: 4.48 shows as 4.4 (rounded down, so a failing ratio never looks like a pass). */
export const formatRatio = (ratio: number, lang: string): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(Math.floor(ratio * 10) / 10);
