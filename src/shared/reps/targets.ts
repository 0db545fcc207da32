/**
 * Which of a partner's local targets speak for a visitor: by the visitor's ZIP (or the ZIP at the end of the address
 * they typed), with the same rules in the widget, the static backend and anywhere else that asks.
 *
 * - no coverage: everyone who looks up, whatever they typed (also a lookup by location, which has no ZIP);
 * - `zips`: the visitor's 5-digit ZIP is listed (a ZIP+4 counts by its first five digits);
 * - `districts` + `zipToDistrict`: the ZIP touches one of the target's districts. A ZIP that spans several districts
 *   makes each covered target a `candidate`: the visitor lives in one of them, and the results say so rather than
 *   guess. A ZIP missing from the table is not covered.
 */
import { TARGET_ID_PREFIX, TARGET_LEVELS, type LocalTarget, type LocalizedText } from '../schemas/targets.js';
import type { Lang } from '../schemas/common.js';
import { ZIP_PATTERN, zip5, zipInAddress } from '../zip.js';

export interface CoveredTarget {
  target: LocalTarget;
  /** How the target was matched: it covers everyone, the ZIP is listed, or the ZIP is in one of its districts. */
  match: 'everyone' | 'zip' | 'district';
  /** With `district`: the target's districts the ZIP touches. */
  districts?: string[];
  /**
   * With `district`: the ZIP also touches districts this target does not represent, so it is one of several
   * possible targets for this visitor (a street address would tell).
   */
  candidate: boolean;
}

const LEVEL_ORDER = new Map(TARGET_LEVELS.map((level, i) => [level, i]));

function covering(target: LocalTarget, zip: string | undefined): CoveredTarget | undefined {
  const { coverage } = target;
  if (!coverage) return { target, match: 'everyone', candidate: false };
  if (zip === undefined) return undefined;
  if (coverage.zips) return coverage.zips.includes(zip) ? { target, match: 'zip', candidate: false } : undefined;
  const ofZip = Object.hasOwn(coverage.zipToDistrict ?? {}, zip) ? coverage.zipToDistrict![zip]! : [];
  const mine = new Set(coverage.districts ?? []);
  const districts = [...new Set(ofZip.filter((d) => mine.has(d)))];
  if (districts.length === 0) return undefined;
  return { target, match: 'district', districts, candidate: ofZip.some((d) => !mine.has(d)) };
}

/**
 * The targets covering a ZIP (5 digits or ZIP+4), by level (city, county, state, other), then in the configured
 * order. Without a ZIP, or with text that is not one, only the targets that cover everyone.
 */
export function targetsForZip(targets: readonly LocalTarget[], zip: string | undefined): CoveredTarget[] {
  const five = zip !== undefined && ZIP_PATTERN.test(zip.trim()) ? zip5(zip) : undefined;
  return targets
    .map((target, index) => ({ covered: covering(target, five), index }))
    .filter((x): x is { covered: CoveredTarget; index: number } => x.covered !== undefined)
    .sort(
      (a, b) =>
        LEVEL_ORDER.get(a.covered.target.level)! - LEVEL_ORDER.get(b.covered.target.level)! || a.index - b.index,
    )
    .map((x) => x.covered);
}

/** What a lookup was asked for, as the rep lookup's query has it: a ZIP, an address, or neither (coordinates). */
export interface TargetQuery {
  zip?: string | undefined;
  address?: string | undefined;
}

/** The targets for a lookup: by its ZIP, else by the ZIP at the end of its address, else those covering everyone. */
export const targetsForQuery = (targets: readonly LocalTarget[], query: TargetQuery): CoveredTarget[] =>
  targetsForZip(targets, query.zip ?? zipInAddress(query.address));

/** A target's text in a language: the text itself, or its translation, falling back to English. */
export const localizedText = (text: LocalizedText, lang: Lang): string =>
  typeof text === 'string' ? text : (text[lang] ?? text.en);

/** How calls, letters and outcomes name a local target, apart from legislators' ids: `local:<id>`. */
export const localTargetKey = (target: Pick<LocalTarget, 'id'>): string => `${TARGET_ID_PREFIX}${target.id}`;
