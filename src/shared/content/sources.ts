/**
 * Public sources the default content cites, in one place so both languages link the same pages.
 * Bill pages are congress.gov; figures come only from the studies listed here.
 */
import type { Lang } from '../schemas/common.js';
import type { ContentReview, Source } from '../schemas/content.js';

export const HOUSE_BILL_URL = 'https://www.congress.gov/bill/119th-congress/house-bill/3069';
export const SENATE_BILL_URL = 'https://www.congress.gov/bill/119th-congress/senate-bill/1506';

const URLS = {
  houseBill: HOUSE_BILL_URL,
  houseBillText: `${HOUSE_BILL_URL}/text`,
  senateBill: SENATE_BILL_URL,
  senateBillText: `${SENATE_BILL_URL}/text`,
  houseBill2019: 'https://www.congress.gov/bill/116th-congress/house-bill/1384',
  cbo2020: 'https://www.cbo.gov/publication/56811',
  galvani2020: 'https://doi.org/10.1016/S0140-6736(19)33019-3',
  himmelstein2020: 'https://doi.org/10.7326/M19-2818',
} as const;

type SourceKey = keyof typeof URLS;

const LABELS: Record<Lang, Record<SourceKey, string>> = {
  en: {
    houseBill: 'H.R.3069, Medicare for All Act (119th Congress), congress.gov',
    houseBillText: 'Text of H.R.3069, congress.gov',
    senateBill: 'S.1506, Medicare for All Act (119th Congress), congress.gov',
    senateBillText: 'Text of S.1506, congress.gov',
    houseBill2019: 'H.R.1384, Medicare for All Act of 2019 (116th Congress), congress.gov',
    cbo2020: 'Congressional Budget Office, analysis of single-payer options (December 2020)',
    galvani2020: 'Galvani et al., "Improving the prognosis of health care in the USA", The Lancet (2020)',
    himmelstein2020:
      'Himmelstein et al., "Health Care Administrative Costs in the United States and Canada, 2017", Annals of Internal Medicine (2020)',
  },
  es: {
    houseBill: 'H.R.3069, Ley de Medicare para Todos (119.º Congreso), congress.gov (en inglés)',
    houseBillText: 'Texto de H.R.3069, congress.gov (en inglés)',
    senateBill: 'S.1506, Ley de Medicare para Todos (119.º Congreso), congress.gov (en inglés)',
    senateBillText: 'Texto de S.1506, congress.gov (en inglés)',
    houseBill2019: 'H.R.1384, Ley de Medicare para Todos de 2019 (116.º Congreso), congress.gov (en inglés)',
    cbo2020:
      'Oficina de Presupuesto del Congreso (CBO), análisis de opciones de pagador único (diciembre de 2020, en inglés)',
    galvani2020: 'Galvani y otros, "Improving the prognosis of health care in the USA", The Lancet (2020, en inglés)',
    himmelstein2020:
      'Himmelstein y otros, "Health Care Administrative Costs in the United States and Canada, 2017", Annals of Internal Medicine (2020, en inglés)',
  },
};

/** The cited sources, labelled in one language: `sources('es', 'houseBill', 'cbo2020')`. */
export function sources(lang: Lang, ...keys: SourceKey[]): Source[] {
  return keys.map((key) => ({ label: LABELS[lang][key], url: URLS[key] }));
}

/** A source's address, for links inside an answer. */
export const sourceUrl = (key: SourceKey): string => URLS[key];

/**
 * When the default content was last checked, and against which texts. Bump `REVIEWED` only after re-reading every
 * text in `CHECKED` (docs/content.md, "Re-reviewing the default content"); the build warns when it is 18 months old.
 */
export const REVIEWED = '2026-12-04';

/** What was read at the last review: bill versions and reports, more precisely labelled than the answers' sources. */
const CHECKED: Record<Lang, readonly [SourceKey, string][]> = {
  en: [
    ['houseBill', 'H.R.3069 (119th Congress) as introduced April 29, 2025: CRS summary'],
    ['senateBill', 'S.1506 (119th Congress) as introduced April 29, 2025: CRS summary'],
    [
      'cbo2020',
      'CBO, How CBO Analyzes the Costs of Proposals for Single-Payer Health Care Systems (publication 56811, December 2020)',
    ],
    ['galvani2020', 'Galvani et al., The Lancet 395 (2020), abstract'],
    ['himmelstein2020', 'Himmelstein et al., Annals of Internal Medicine (2020), abstract'],
  ],
  es: [
    ['houseBill', 'H.R.3069 (119.º Congreso), versión presentada el 29 de abril de 2025: resumen del CRS (en inglés)'],
    ['senateBill', 'S.1506 (119.º Congreso), versión presentada el 29 de abril de 2025: resumen del CRS (en inglés)'],
    [
      'cbo2020',
      'CBO, How CBO Analyzes the Costs of Proposals for Single-Payer Health Care Systems (publicación 56811, diciembre de 2020)',
    ],
    ['galvani2020', 'Galvani y otros, The Lancet 395 (2020), resumen (en inglés)'],
    ['himmelstein2020', 'Himmelstein y otros, Annals of Internal Medicine (2020), resumen (en inglés)'],
  ],
};

/** The review metadata of the default content, labelled in one language. */
export function review(lang: Lang): ContentReview {
  return { reviewed: REVIEWED, checked: CHECKED[lang].map(([key, label]) => ({ label, url: URLS[key] })) };
}
