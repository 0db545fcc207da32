/** Builds the default cost model in one language from the shared figures (figures.ts) and that language's wording. */
import type { Lang } from '../schemas/common.js';
import type { CostModel, CostParameters } from '../schemas/cost-model.js';
import { FIGURES, SOURCES, type FigureName, type SourceName } from './figures.js';

export interface ModelWording {
  title: string;
  financing: string;
  employerNote: string;
  sourceLabels: Record<SourceName, string>;
  descriptions: Record<FigureName, string>;
  assumptions: string[];
}

export function defaultModel(lang: Lang, words: ModelWording): CostModel {
  const parameters = Object.fromEntries(
    Object.entries(FIGURES).map(([name, [value, source]]) => {
      const [url, date] = SOURCES[source];
      return [
        name,
        {
          value,
          source: { label: words.sourceLabels[source], url },
          date,
          description: words.descriptions[name as FigureName],
        },
      ];
    }),
  ) as CostParameters;
  return {
    kind: 'cost-model',
    lang,
    title: words.title,
    financing: words.financing,
    employerNote: words.employerNote,
    parameters,
    assumptions: words.assumptions,
  };
}
