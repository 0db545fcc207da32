/**
 * The partner's local targets for one lookup: loaded from the first source present (targets-source.ts), kept to the
 * ones covering the visitor's ZIP (shared/reps/targets.ts), and made into what the cards and both flows take. Its
 * own chunk with their card, imported with each lookup, so the lookup page does not carry them at start.
 */
import type { WidgetError } from '../../core/errors.js';
import type { Lang } from '../../shared/schemas/common.js';
import type { RepLookupQuery } from '../../shared/schemas/representative.js';
import { localTargetKey, localizedText, targetsForQuery, type CoveredTarget } from '../../shared/reps/targets.js';
import { safeUrl } from './format.js';
import { localCard } from './local-card.js';
import { safeEmail, type LocalEntry } from './target.js';
import { configStore } from '../../core/config.js';
import { loadTargets, type TargetsSources } from './targets-source.js';

export async function findLocalTargets(
  sources: Omit<TargetsSources, 'pageConfig'>,
  query: RepLookupQuery,
  lang: Lang,
): Promise<{ entries: LocalEntry[]; problems: WidgetError[]; card: typeof localCard }> {
  const loaded = await loadTargets({ ...sources, pageConfig: configStore.state.config.targets });
  const covered = targetsForQuery(loaded.targets, query);
  return { entries: covered.map((c) => entry(c, lang)), problems: loaded.problems, card: localCard };
}

function entry({ target: l, candidate }: CoveredTarget, lang: Lang): LocalEntry {
  const s = l.stance;
  return {
    target: {
      id: localTargetKey(l),
      name: l.name,
      title: localizedText(l.title, lang),
      level: l.level,
      position: s?.position ?? 'unknown',
      phone: l.phone,
      email: safeEmail(l.email),
      contactUrl: safeUrl(l.contactUrl),
      address: l.address,
    },
    photoUrl: safeUrl(l.photoUrl),
    stance: s ? { position: s.position, asOf: s.asOf, ...(s.source ? { source: s.source } : {}) } : undefined,
    stanceLabel: s?.label ? localizedText(s.label, lang) : undefined,
    candidate,
  };
}
