/** Links into the FAQ (`#faq-<id>`): reading the id from a hash, and which FAQ on the page answers one. */

/** `#faq-cost-to-me` → `cost-to-me`. */
export function idFromHash(hash: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  return decoded.startsWith('faq-') ? decoded.slice(4) : undefined;
}

/** With several FAQs holding the same question (say English and Spanish), the first one on the page takes focus. */
export function earlierFaqHas(faq: HTMLElement, buttonId: string): boolean {
  return [...document.querySelectorAll(faq.localName)].some(
    (other) =>
      other !== faq &&
      other.compareDocumentPosition(faq) & Node.DOCUMENT_POSITION_FOLLOWING &&
      !!other.shadowRoot?.getElementById(buttonId),
  );
}
