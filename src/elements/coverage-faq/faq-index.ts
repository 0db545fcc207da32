/**
 * One FAQ content, ready to search and show: answers sanitized once, their plain text and folded search text
 * computed once, the `FAQPage` JSON-LD built once, and answer elements with marked matches kept per search.
 */
import type { FaqContent, FaqItem } from '../../shared/schemas/content.js';
import { faqPageJsonLd } from './json-ld.js';
import { sanitizeAnswer } from './sanitize.js';
import { fold, highlightNodes, matchesAll, matchesAny, plainText } from './search.js';

export interface IndexedQuestion {
  item: FaqItem;
  /** Sanitized answer; cloned for each rendering. */
  answer: DocumentFragment;
  answerText: string;
  answerFold: string;
  /** Folded question and answer, for matching. */
  haystack: string;
}

export class FaqIndex {
  readonly items: IndexedQuestion[];
  readonly jsonLd: string | undefined;
  private readonly answers = new Map<string, HTMLElement>();
  private answersFor = '';

  constructor(readonly content: FaqContent) {
    this.items = content.items.map((item) => {
      const answer = sanitizeAnswer(item.answer);
      const answerText = plainText(answer);
      const answerFold = fold(answerText);
      return { item, answer, answerText, answerFold, haystack: `${fold(item.question)}\n${answerFold}` };
    });
    this.jsonLd = this.items.length
      ? faqPageJsonLd(
          this.items.map((q) => ({ question: q.item.question, answer: q.answerText })),
          content.lang,
        )
      : undefined;
  }

  /** Questions of `category` (any when empty) that contain every word. */
  filter(category: string, words: readonly string[]): IndexedQuestion[] {
    return this.items.filter((q) => (!category || q.item.category === category) && matchesAll(q.haystack, words));
  }

  /** Ids of the questions whose answer contains one of the words. */
  answerMatches(words: readonly string[]): string[] {
    return this.items.filter((q) => matchesAny(q.answerFold, words)).map((q) => q.item.id);
  }

  find(id: string): IndexedQuestion | undefined {
    return this.items.find((q) => q.item.id === id);
  }

  /** The answer with this search's matches marked; the same element while the search is the same, so re-rendering is free. */
  answerNode(q: IndexedQuestion, words: readonly string[]): HTMLElement {
    const key = words.join(' ');
    if (key !== this.answersFor) {
      this.answers.clear();
      this.answersFor = key;
    }
    let node = this.answers.get(q.item.id);
    if (!node) {
      node = document.createElement('div');
      node.className = 'answer-body';
      node.append(q.answer.cloneNode(true));
      highlightNodes(node, words);
      this.answers.set(q.item.id, node);
    }
    return node;
  }
}
