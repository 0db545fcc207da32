/**
 * Public sources the default content cites, in one place so both languages link the same pages.
 * Bill pages are congress.gov; figures come only from the studies listed here.
 */
import type { Lang } from '../schemas/common.js';
import type { Source } from '../schemas/content.js';

export const HOUSE_BILL_URL = 'https://www.congress.gov/bill/119th-congress/house-bill/3069';
export const SENATE_BILL_URL = 'https://www.congress.gov/bill/119th-congress/senate-bill/1506';

const URLS = {
  houseBill: HOUSE_BILL_URL,
  houseBillText: `${HOUSE_BILL_URL}/text`,
  senateBill: SENATE_BILL_URL,
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
    cbo2020: 'Congressional Budget Office, analysis of single-payer options (December 2020)',
    galvani2020: 'Galvani et al., "Improving the prognosis of health care in the USA", The Lancet (2020)',
    himmelstein2020:
      'Himmelstein et al., "Health Care Administrative Costs in the United States and Canada, 2017", Annals of Internal Medicine (2020)',
  },
  es: {
    houseBill: 'H.R.3069, Ley de Medicare para Todos (119.º Congreso), congress.gov (en inglés)',
    houseBillText: 'Texto de H.R.3069, congress.gov (en inglés)',
    senateBill: 'S.1506, Ley de Medicare para Todos (119.º Congreso), congress.gov (en inglés)',
    cbo2020: 'Oficina de Presupuesto del Congreso (CBO), análisis de opciones de pagador único (diciembre de 2020, en inglés)',
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
