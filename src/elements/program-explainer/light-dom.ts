/**
 * Reads explainer content a partner wrote as plain HTML inside the element (see the element's JSDoc for the markup).
 * The result is checked with the same schema as every other source, so mistakes get the same clear message.
 */
import type { Lang } from '../../shared/schemas/common.js';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The content shape, or `undefined` when the element has no `<article>` children. */
export function readExplainerPage(host: HTMLElement, lang: Lang): unknown {
  const children = [...host.children];
  const articles = children.filter((el) => el.localName === 'article');
  if (!articles.length) return undefined;
  const items = articles.map((article, index) => {
    const link = article.querySelector<HTMLAnchorElement>('a[href]');
    const label = clean(link?.textContent);
    const icon = article.getAttribute('data-icon');
    return {
      id: article.id || `item-${index + 1}`,
      title: clean(article.querySelector('h2, h3, h4, h5, h6')?.textContent),
      body: [...article.querySelectorAll('p')]
        .map((p) => clean(p.textContent))
        .filter(Boolean)
        .join(' '),
      ...(link ? { learnMoreUrl: link.href } : {}),
      ...(link && label ? { learnMoreLabel: label } : {}),
      ...(icon !== null ? { icon } : {}),
    };
  });
  const cta = children.find((el): el is HTMLAnchorElement => el.localName === 'a' && el.hasAttribute('data-cta'));
  return {
    kind: 'explainer',
    lang,
    items,
    ...(cta ? { cta: { text: clean(cta.textContent), url: cta.getAttribute('href') ?? '' } } : {}),
  };
}
