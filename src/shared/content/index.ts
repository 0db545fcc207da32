/**
 * The default content in every kind and language. `loadDefaultContent` imports one module on demand, so a page
 * that shows only the explainer never downloads the FAQ; the server imports the modules directly.
 */
import type { Lang } from '../schemas/common.js';
import type { ContentKind, ContentOf } from '../schemas/content.js';

type Loaders = { [K in ContentKind]: Record<Lang, () => Promise<ContentOf<K>>> };

const LOADERS: Loaders = {
  explainer: {
    en: () => import('./explainer.en.js').then((m) => m.explainerEn),
    es: () => import('./explainer.es.js').then((m) => m.explainerEs),
  },
  faq: {
    en: () => import('./faq.en.js').then((m) => m.faqEn),
    es: () => import('./faq.es.js').then((m) => m.faqEs),
  },
  'cost-model': {
    en: () => import('../cost/default-model.en.js').then((m) => m.costModelEn),
    es: () => import('../cost/default-model.es.js').then((m) => m.costModelEs),
  },
};

export function loadDefaultContent<K extends ContentKind>(kind: K, lang: Lang): Promise<ContentOf<K>> {
  return (LOADERS[kind] as Record<Lang, () => Promise<ContentOf<K>>>)[lang]();
}
