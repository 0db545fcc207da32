/**
 * Reads FAQ content a partner wrote as `<details>`/`<summary>` inside the element (see the element's JSDoc). The
 * answer is the HTML after the summary, checked by the same schema rules as any other source.
 */
import type { Lang } from '../../shared/schemas/common.js';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The content shape, or `undefined` when the element has no `<details>` children. */
export function readFaqPage(host: HTMLElement, lang: Lang): unknown {
  const details = [...host.children].filter((el) => el.localName === 'details');
  if (!details.length) return undefined;
  const items = details.map((el, index) => {
    const answer = el.cloneNode(true) as Element;
    answer.querySelector(':scope > summary')?.remove();
    // CMS comments (e.g. WordPress block markers) are not content.
    const walker = document.createTreeWalker(answer, NodeFilter.SHOW_COMMENT);
    const comments: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n);
    for (const c of comments) c.parentNode?.removeChild(c);
    return {
      id: el.id ? el.id.replace(/^faq-/, '') : `item-${index + 1}`,
      category: el.getAttribute('data-category') ?? 'how-it-works',
      question: clean(el.querySelector(':scope > summary')?.textContent),
      answer: answer.innerHTML.trim(),
    };
  });
  return { kind: 'faq', lang, items };
}
