/** Builds the default cost model in one language from the shared figures (figures.ts) and that language's wording. */
import type { Lang } from '../schemas/common.js';
import type { CostModel, CostParameters } from '../schemas/cost-model.js';
import { FIGURE_SOURCE, FIGURES, SOURCE_URL_DATE, type FigureName } from './figures.js';

export interface ModelWording {
  title: string;
  financing: string;
  employerNote: string;
  sourceLabels: Record<keyof typeof SOURCE_URL_DATE, string>;
  descriptions: Record<FigureName, string>;
  assumptions: string[];
}

export function defaultModel(lang: Lang, words: ModelWording): CostModel {
  const parameters = Object.fromEntries(
    (Object.keys(FIGURES) as FigureName[]).map((name) => {
      const source = FIGURE_SOURCE[name];
      const [url, date] = SOURCE_URL_DATE[source];
      return [
        name,
        {
          value: FIGURES[name],
          source: { label: words.sourceLabels[source], url },
          date,
          description: words.descriptions[name],
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
