/**
 * schema.org `FAQPage` structured data in the host document's <head>, so search engines can show the answers.
 * One block per FAQ element, rewritten when its content changes and removed when the element leaves the page.
 */
import type { Lang } from '../../shared/schemas/common.js';
import { jsonScriptText } from '../../core/trusted-types.js';

export interface JsonLdQuestion {
  question: string;
  /** Plain text: search engines get no markup from us. */
  answer: string;
}

export function faqPageJsonLd(questions: readonly JsonLdQuestion[], lang: Lang): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: lang,
    mainEntity: questions.map((q) => ({
      '@type': 'Question',
      name: q.question,
      acceptedAnswer: { '@type': 'Answer', text: q.answer },
    })),
  };
  // `<` escaped so the block stays inert even if the page is serialized and parsed again.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

let count = 0;

export class JsonLdBlock {
  private readonly key = String(++count);
  private script: HTMLScriptElement | undefined;
  /** The page refused the block once (Trusted Types without our policy); asking again would only add errors. */
  private refused = false;

  /** Writes `json`, or removes the block when `json` is undefined. */
  set(json: string | undefined): void {
    if (json === undefined || this.refused) return this.remove();
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      this.script.dataset['m4aFaq'] = this.key;
    }
    if (this.script.textContent !== json) {
      try {
        const text = jsonScriptText(json);
        if (text === undefined) throw new Error('Trusted Types policy refused');
        this.script.textContent = text;
      } catch {
        // A page that requires Trusted Types without allowing the `m4a` policy: no structured data, nothing else lost.
        this.refused = true;
        return this.remove();
      }
    }
    if (!this.script.isConnected) document.head.append(this.script);
  }

  remove(): void {
    this.script?.remove();
  }
}
