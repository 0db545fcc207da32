import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/coverage-faq.js';
import type { M4aCoverageFaq } from '../../../src/elements/coverage-faq/coverage-faq.js';
import { configStore } from '../../../src/core/config.js';
import { faqEn } from '../../../src/shared/content/faq.en.js';

const SRC = '/fake/files/content/src';

const root = (el: HTMLElement) => el.shadowRoot!;
const toggles = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLButtonElement>('button[part~="toggle"]')];
const ids = (el: HTMLElement) => toggles(el).map((b) => b.dataset['id']);
const ready = (el: HTMLElement) => () => toggles(el).length > 0;
const focused = (el: HTMLElement) => root(el).activeElement;

async function faq(template = html`<m4a-coverage-faq></m4a-coverage-faq>`): Promise<M4aCoverageFaq> {
  const el = await fixture<M4aCoverageFaq>(template);
  await waitUntil(ready(el), 'questions rendered');
  return el;
}

describe('<m4a-coverage-faq> interaction', () => {
  afterEach(() => {
    configStore.reset();
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('keyboard', () => {
    it('opens with Enter and Space and moves with the arrow, Home and End keys', async () => {
      const el = await faq();
      const buttons = toggles(el);
      buttons[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(buttons[1]);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(buttons.at(-1));
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el), 'wraps to the first').to.equal(buttons[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(buttons.at(-1));
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(buttons[0]);
      await expect(el).to.be.accessible();
    });

    it('reaches every control with Tab, in order', async () => {
      const el = await faq(html`<m4a-coverage-faq src=${`${SRC}/faq.en.json`}></m4a-coverage-faq>`);
      root(el).querySelector<HTMLInputElement>('#search')!.focus();
      const order: string[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        const a = focused(el) as HTMLElement | null;
        order.push(a?.id || a?.getAttribute('part') || a?.localName || 'outside');
      }
      expect(order).to.deep.equal([
        'category',
        'button expand-all',
        'button collapse-all',
        'q-chapter-meetings',
        'q-dues',
        'q-clinic',
      ]);
    });
  });

  describe('search', () => {
    it('filters questions and answers as the visitor types, marks matches and opens answers that match', async () => {
      const el = await faq();
      const events: { resultCount: number; category: string | null }[] = [];
      el.addEventListener('m4a-faq-search', (e) => events.push(e.detail));
      root(el).querySelector<HTMLInputElement>('#search')!.focus();
      await sendKeys({ type: 'Dental' });
      await el.updateComplete;
      const expected = faqEn.items
        .filter((i) => `${i.question} ${i.answer}`.toLowerCase().includes('dental'))
        .map((i) => i.id);
      expect(expected.length).to.be.greaterThan(1);
      expect(ids(el)).to.deep.equal(expected);
      const marks = [...root(el).querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase());
      expect(marks.length).to.be.greaterThan(expected.length - 1);
      expect(new Set(marks)).to.deep.equal(new Set(['dental']));
      expect(root(el).querySelector('[part~="question"] mark'), 'a question is marked').to.not.equal(null);
      expect(root(el).querySelector('.answer-body mark'), 'an answer is marked').to.not.equal(null);
      const withAnswerMatch = toggles(el).filter((b) =>
        root(el).getElementById(b.getAttribute('aria-controls')!)!.querySelector('.answer-body mark'),
      );
      expect(withAnswerMatch.every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);

      const summary = root(el).querySelector('[part~="summary"]')!;
      expect(summary.getAttribute('role')).to.equal('status');
      await waitUntil(() => summary.textContent === `${expected.length} questions match`, 'count announced');
      expect(events).to.deep.equal([{ resultCount: expected.length, category: null }]);
      await expect(el).to.be.accessible();
    });

    it('needs every word, ignores accents and case', async () => {
      const el = await faq(html`<m4a-coverage-faq src=${`${SRC}/faq.en.json`}></m4a-coverage-faq>`);
      const search = root(el).querySelector<HTMLInputElement>('#search')!;
      search.value = 'MEDICO join';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['clinic']);
      expect([...root(el).querySelectorAll('[part~="question"] mark')].map((m) => m.textContent)).to.deep.equal([
        'médico',
        'join',
      ]);
      search.value = 'médico dues';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(ids(el)).to.deep.equal([]);
    });

    it('shows a no-results state whose button clears the search and returns focus to it', async () => {
      const el = await faq();
      root(el).querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
      await el.updateComplete;
      const search = root(el).querySelector<HTMLInputElement>('#search')!;
      search.focus();
      await sendKeys({ type: 'zzzz <b>x</b>' });
      await el.updateComplete;
      const none = root(el).querySelector('[part~="no-results"]')!;
      expect(none.textContent).to.contain('No questions match “zzzz <b>x</b>”.');
      expect(none.querySelector('b')).to.equal(null);
      await waitUntil(() => root(el).querySelector('[part~="summary"]')!.textContent === '0 questions match');
      await expect(el).to.be.accessible();
      none.querySelector<HTMLButtonElement>('[part~="clear-search"]')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(search.value).to.equal('');
      expect(focused(el)).to.equal(search);
      expect(toggles(el)).to.have.length(faqEn.items.length);
      expect(toggles(el)[0]!.getAttribute('aria-expanded'), 'open state from before the search is back').to.equal(
        'true',
      );
    });

    it('clears with Escape', async () => {
      const el = await faq();
      const search = root(el).querySelector<HTMLInputElement>('#search')!;
      search.focus();
      await sendKeys({ type: 'vision' });
      await el.updateComplete;
      expect(toggles(el).length).to.be.lessThan(faqEn.items.length);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(search.value).to.equal('');
      expect(toggles(el)).to.have.length(faqEn.items.length);
    });

    it('announces results in Spanish', async () => {
      const el = await faq(html`<m4a-coverage-faq lang="es"></m4a-coverage-faq>`);
      const search = root(el).querySelector<HTMLInputElement>('#search')!;
      search.value = 'medico';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const count = toggles(el).length;
      expect(count).to.be.greaterThan(0);
      expect(root(el).querySelector('mark')!.textContent!.toLowerCase()).to.equal('médico');
      await waitUntil(
        () =>
          root(el).querySelector('[part~="summary"]')!.textContent ===
          `${count} ${count === 1 ? 'pregunta coincide' : 'preguntas coinciden'}`,
      );
    });
  });

  describe('topics', () => {
    it('filters by topic, combined with the search', async () => {
      const el = await faq();
      const select = root(el).querySelector<HTMLSelectElement>('select#category')!;
      expect(select.options[0]!.textContent).to.equal(`All topics (${faqEn.items.length})`);
      select.value = 'workers';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(faqEn.items.filter((i) => i.category === 'workers').map((i) => i.id));
      const events: { resultCount: number; category: string | null }[] = [];
      el.addEventListener('m4a-faq-search', (e) => events.push(e.detail));
      const search = root(el).querySelector<HTMLInputElement>('#search')!;
      search.value = 'dental';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(root(el).querySelector('[part~="no-results"]')!.textContent).to.contain(
        'No questions in “Jobs and workers” match “dental”.',
      );
      await waitUntil(() => events.length === 1);
      expect(events[0]).to.deep.equal({ resultCount: 0, category: 'workers' });
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[part~="clear-search"]')!.click();
      await el.updateComplete;
      expect(select.value, 'topic reset too').to.equal('');
      expect(toggles(el)).to.have.length(faqEn.items.length);
    });
  });

  describe('copy link', () => {
    const saved = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    afterEach(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', saved);
    });

    it('copies the question’s link and confirms it visibly', async () => {
      const written: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void written.push(text) },
      });
      const el = await faq();
      toggles(el)[2]!.click();
      await el.updateComplete;
      const panel = root(el).getElementById(toggles(el)[2]!.getAttribute('aria-controls')!)!;
      panel.querySelector<HTMLButtonElement>('[part~="copy-link"]')!.click();
      await waitUntil(() => panel.querySelector('[part~="copied"]'), 'confirmation shown');
      expect(written).to.deep.equal([
        `${location.origin}${location.pathname}${location.search}#faq-${faqEn.items[2]!.id}`,
      ]);
      expect(panel.querySelector('[part~="copied"]')!.textContent).to.equal('Link copied');
      expect([...root(el).querySelectorAll('[role="status"]')].some((s) => s.textContent === 'Link copied')).to.equal(
        true,
      );
      await expect(el).to.be.accessible();
    });

    it('offers the link as selected text when the clipboard is refused', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
      const el = await faq(html`<m4a-coverage-faq lang="es"></m4a-coverage-faq>`);
      toggles(el)[0]!.click();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('[part~="copy-link"]')!.click();
      await waitUntil(() => root(el).querySelector('.copy-fallback input'), 'fallback shown');
      const input = root(el).querySelector<HTMLInputElement>('.copy-fallback input')!;
      expect(input.value).to.match(/#faq-cost-to-me$/);
      expect(focused(el)).to.equal(input);
      expect(input.selectionStart).to.equal(0);
      expect(input.selectionEnd).to.equal(input.value.length);
      expect(root(el).querySelector('.copy-fallback')!.textContent).to.contain('Copie este enlace');
      await expect(el).to.be.accessible();
    });
  });
});
