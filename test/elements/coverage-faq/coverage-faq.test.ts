import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/coverage-faq.js';
import type { M4aCoverageFaq } from '../../../src/elements/coverage-faq/coverage-faq.js';
import { sanitizeAnswer } from '../../../src/elements/coverage-faq/sanitize.js';
import { sanitizerReady } from '../../../src/core/sanitize.js';
import { configStore } from '../../../src/core/config.js';
import { faqEn } from '../../../src/shared/content/faq.en.js';
import { faqEs } from '../../../src/shared/content/faq.es.js';
import type { M4aErrorEvent } from '../../../src/core/dom-events.js';

const SRC = '/fake/files/content/src';

const root = (el: HTMLElement) => el.shadowRoot!;
const toggles = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLButtonElement>('button[part~="toggle"]')];
const questions = (el: HTMLElement) => toggles(el).map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
const alertText = (el: HTMLElement) =>
  root(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const ready = (el: HTMLElement) => () => toggles(el).length > 0;
/** Until the questions show; a first load may fetch lazily loaded code (schemas, fetch, Spanish strings) too. */
const whenReady = (el: HTMLElement) => waitUntil(ready(el), 'the questions did not show', { timeout: 5000 });
const hasAlert = (el: HTMLElement) => () => !!root(el).querySelector('[role="alert"]');
const jsonLdBlocks = () => [
  ...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"][data-m4a-faq]'),
];

describe('<m4a-coverage-faq>', () => {
  afterEach(() => {
    configStore.reset();
    document.documentElement.lang = 'en';
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('default content', () => {
    it('says under the questions when the answers were last checked, and against which texts, in both languages', async () => {
      const el = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq lang="en"></m4a-coverage-faq>`);
      await whenReady(el);
      const footer = root(el).querySelector('[part~="review"]')!;
      const [y, m, d] = faqEn.review!.reviewed.split('-').map(Number) as [number, number, number];
      const day = (lang: string) =>
        new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
      expect(footer.textContent).to.contain(`Answers last checked on ${day('en')}`);
      expect([...footer.querySelectorAll('a')].map((a) => a.href)).to.deep.equal(
        faqEn.review!.checked.map((c) => c.url),
      );
      await expect(el).to.be.accessible();
      const es = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq lang="es"></m4a-coverage-faq>`);
      await whenReady(es);
      expect(root(es).querySelector('[part~="review"]')!.textContent).to.contain(
        `revisadas por última vez el ${day('es')}`,
      );
    });

    it('shows at least 15 English questions as an accordion of real buttons inside h3 headings', async () => {
      const el = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq lang="en"></m4a-coverage-faq>`);
      await waitUntil(ready(el), 'questions rendered');
      expect(faqEn.items.length).to.be.at.least(15);
      expect(questions(el)).to.deep.equal(faqEn.items.map((i) => i.question));
      for (const button of toggles(el)) {
        expect(button.parentElement!.localName).to.equal('h3');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const panel = root(el).getElementById(button.getAttribute('aria-controls')!)!;
        expect(panel.hidden).to.equal(true);
      }
      await expect(el).to.be.accessible();
    });

    it('shows the Spanish questions with the same ids', async () => {
      const el = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq lang="es"></m4a-coverage-faq>`);
      await whenReady(el);
      expect(questions(el)).to.deep.equal(faqEs.items.map((i) => i.question));
      expect(toggles(el).map((b) => b.dataset['id'])).to.deep.equal(faqEn.items.map((i) => i.id));
      expect(root(el).querySelector('label[for="search"]')!.textContent).to.equal('Buscar en las preguntas');
      await expect(el).to.be.accessible();
    });

    it('opens a question on click and reports it', async () => {
      const el = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq></m4a-coverage-faq>`);
      await whenReady(el);
      const events: { id: string; open: boolean }[] = [];
      el.addEventListener('m4a-faq-toggle', (e) => events.push(e.detail));
      const first = toggles(el)[0]!;
      first.click();
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      const panel = root(el).getElementById(first.getAttribute('aria-controls')!)!;
      expect(panel.hidden).to.equal(false);
      const links = [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];
      expect(links.length, 'sources linked').to.be.greaterThan(0);
      for (const a of links) expect(a.rel).to.equal('noopener');
      await expect(el).to.be.accessible();
      first.click();
      await el.updateComplete;
      expect(events).to.deep.equal([
        { id: faqEn.items[0]!.id, open: true },
        { id: faqEn.items[0]!.id, open: false },
      ]);
    });

    it('expands and collapses all questions', async () => {
      const el = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq></m4a-coverage-faq>`);
      await whenReady(el);
      root(el).querySelector<HTMLButtonElement>('[part~="expand-all"]')!.click();
      await el.updateComplete;
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[part~="collapse-all"]')!.click();
      await el.updateComplete;
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });
  });

  describe('settings', () => {
    it('puts questions at heading-level and the heading one level above', async () => {
      const el = await fixture<M4aCoverageFaq>(
        html`<m4a-coverage-faq heading="Your questions" heading-level="4"></m4a-coverage-faq>`,
      );
      await whenReady(el);
      expect(root(el).querySelector('[part~="heading"]')!.localName).to.equal('h3');
      expect(toggles(el)[0]!.parentElement!.localName).to.equal('h4');
      await expect(el).to.be.accessible();
    });

    it('names a bad heading-level in a translated message', async () => {
      const el = await fixture<M4aCoverageFaq>(
        html`<m4a-coverage-faq lang="es" heading-level="seven"></m4a-coverage-faq>`,
      );
      expect(alertText(el)).to.contain('Revise el ajuste “heading-level”');
      await expect(el).to.be.accessible();
    });
  });

  describe('content sources', () => {
    it('loads a src file for the widget’s language', async () => {
      const el = await fixture<M4aCoverageFaq>(
        html`<m4a-coverage-faq lang="es" src=${`${SRC}/faq.{lang}.json`}></m4a-coverage-faq>`,
      );
      await whenReady(el);
      expect(questions(el)).to.deep.equal(['¿Cuándo se reúne el grupo?']);
      // One topic only: no topic filter.
      expect(root(el).querySelector('select')).to.equal(null);
    });

    it('asks the configured backend', async () => {
      configStore.configure({ backends: { files: { type: 'static', url: '/fake/files/content/static' } } });
      const el = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq lang="es"></m4a-coverage-faq>`);
      await whenReady(el);
      expect(questions(el)).to.deep.equal(['¿Esta pregunta viene del servidor?', '¿Hay una segunda pregunta?']);
      await expect(el).to.be.accessible();
    });

    it('reads <details> written in the page', async () => {
      const el = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq>
        <details id="faq-local-cost" data-category="cost">
          <summary>What does   it cost?</summary>
          <!-- wp:paragraph -->
          <p>Nothing at the <strong>doctor</strong>.</p>
          <ul><li>No premiums</li></ul>
        </details>
        <details>
          <summary>No id given?</summary>
          Plain text answer.
        </details>
      </m4a-coverage-faq>`);
      await whenReady(el);
      expect(questions(el)).to.deep.equal(['What does it cost?', 'No id given?']);
      expect(toggles(el).map((b) => b.dataset['id'])).to.deep.equal(['local-cost', 'item-2']);
      const panel = root(el).getElementById('a-local-cost')!;
      expect(panel.querySelector('strong')!.textContent).to.equal('doctor');
      expect(panel.querySelector('li')!.textContent).to.equal('No premiums');
      await expect(el).to.be.accessible();
    });

    it('names the field when page HTML breaks the answer rules, and keeps it visible', async () => {
      const el = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq>
        <details id="faq-styled"><summary>Styled?</summary><p class="lead">Classes are not allowed.</p></details>
      </m4a-coverage-faq>`);
      await waitUntil(hasAlert(el));
      expect(alertText(el)).to.contain('“items.0.answer”');
      expect(root(el).querySelector('slot')!.assignedElements()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows invalid src content as a message naming the field, never a blank box', async () => {
      const events: M4aErrorEvent[] = [];
      const el = await fixture<M4aCoverageFaq>(
        html`<m4a-coverage-faq src=${`${SRC}/faq-invalid.json`} @m4a-error=${(e: M4aErrorEvent) => events.push(e)}></m4a-coverage-faq>`,
      );
      await waitUntil(hasAlert(el));
      expect(alertText(el)).to.contain('“items.1.answer”');
      expect(alertText(el)).to.contain('<img> is not allowed');
      expect(root(el).querySelector('img')).to.equal(null);
      expect(events[0]!.detail).to.deep.equal({
        tag: 'm4a-coverage-faq',
        kind: 'invalid-response',
        field: 'items.1.answer',
      });
      expect(jsonLdBlocks()).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('names invalid backend content', async () => {
      const el = await fixture<M4aCoverageFaq>(
        html`<m4a-coverage-faq backend-url="/fake/files/content/invalid-api"></m4a-coverage-faq>`,
      );
      await waitUntil(hasAlert(el));
      expect(alertText(el)).to.contain('“items.0.id”');
    });

    it('falls back to the defaults when the backend is offline', async () => {
      const el = await fixture<M4aCoverageFaq>(
        html`<m4a-coverage-faq backend-url="http://127.0.0.1:9/api"></m4a-coverage-faq>`,
      );
      await waitUntil(ready(el), 'defaults', { timeout: 5000 });
      expect(questions(el)[0]).to.equal(faqEn.items[0]!.question);
    });

    it('shows loading, then the empty state', async () => {
      const el = await fixture<M4aCoverageFaq>(
        html`<m4a-coverage-faq src="/fake/slow/800/content/src/faq-empty.json"></m4a-coverage-faq>`,
      );
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Loading');
      await expect(el).to.be.accessible();
      await waitUntil(() => root(el).textContent!.includes('no questions here yet'), 'empty state', { timeout: 3000 });
      await expect(el).to.be.accessible();
    });

    it('renders hostile strings inert', async () => {
      delete (window as { __m4aPwned?: unknown }).__m4aPwned;
      const el = await fixture<M4aCoverageFaq>(
        html`<m4a-coverage-faq src=${`${SRC}/faq-hostile.json`}></m4a-coverage-faq>`,
      );
      await whenReady(el);
      toggles(el)[0]!.click();
      await el.updateComplete;
      expect(questions(el)[0]).to.equal('<img src=x onerror="window.__m4aPwned=1"> is this inert?');
      const panel = root(el).getElementById('a-hostile')!;
      expect(root(el).querySelector('img, script, b')).to.equal(null);
      expect(panel.textContent).to.contain('<script>window.__m4aPwned=1</script>');
      expect(panel.querySelector<HTMLAnchorElement>('.answer-body a')!.href).to.equal('https://example.org/?a=1&b=2');
      await new Promise((r) => setTimeout(r, 50));
      expect((window as { __m4aPwned?: unknown }).__m4aPwned).to.equal(undefined);
      const ld = JSON.parse(jsonLdBlocks()[0]!.textContent!) as { mainEntity: { name: string }[] };
      expect(ld.mainEntity[0]!.name).to.equal('<img src=x onerror="window.__m4aPwned=1"> is this inert?');
      expect(jsonLdBlocks()[0]!.textContent).not.to.contain('<');
    });

    it('is accessible in the dark theme with a question open', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="background:#0d1117"><m4a-coverage-faq theme="dark" heading="Questions"></m4a-coverage-faq></div>`,
      );
      const el = wrapper.querySelector('m4a-coverage-faq')!;
      await whenReady(el);
      toggles(el)[0]!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('sanitizing answers', () => {
    before(() => sanitizerReady('dompurify'));

    // Chromium has the HTML Sanitizer API; DOMPurify is what browsers without it get. Both must agree.
    for (const engine of ['native', 'dompurify'] as const) {
      it(`keeps only the answer tags and href, and gives every link rel="noopener" (${engine})`, () => {
        const fragment = sanitizeAnswer(
          '<p onclick="alert(1)" style="color:red">Hi<script>alert(1)</script><img src=x onerror=alert(1)>' +
            '<a href="javascript:alert(1)">bad</a> <a href="https://example.org" target="_blank">good</a>' +
            '<a href=" data:text/html,x">data</a> <a href="mailto:info@example.org">mail</a>' +
            '<iframe src="https://example.org"></iframe><em>em</em></p>',
          engine,
        );
        const div = document.createElement('div');
        div.append(fragment);
        expect(div.innerHTML).to.equal(
          '<p>Hi<a>bad</a> <a href="https://example.org" rel="noopener">good</a><a>data</a> ' +
            '<a href="mailto:info@example.org" rel="noopener">mail</a><em>em</em></p>',
        );
      });
    }
  });

  describe('schema.org FAQPage', () => {
    it('adds one block per FAQ, with plain-text answers, updated on re-render and removed with the element', async () => {
      const el = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq></m4a-coverage-faq>`);
      await whenReady(el);
      expect(jsonLdBlocks()).to.have.length(1);
      const data = JSON.parse(jsonLdBlocks()[0]!.textContent!) as {
        '@type': string;
        inLanguage: string;
        mainEntity: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
      };
      expect(data['@type']).to.equal('FAQPage');
      expect(data.inLanguage).to.equal('en');
      expect(data.mainEntity).to.have.length(faqEn.items.length);
      expect(data.mainEntity[0]!.name).to.equal(faqEn.items[0]!.question);
      expect(data.mainEntity[0]!.acceptedAnswer['@type']).to.equal('Answer');
      for (const q of data.mainEntity) expect(q.acceptedAnswer.text).not.to.match(/<\/?[a-z]/);
      expect(data.mainEntity[0]!.acceptedAnswer.text).to.contain(
        'no premiums, deductibles, copays or other charges for covered care',
      );

      toggles(el)[1]!.click();
      el.setAttribute('lang', 'es');
      await waitUntil(() => questions(el)[0] === faqEs.items[0]!.question, 'Spanish');
      await el.updateComplete;
      expect(jsonLdBlocks()).to.have.length(1);
      expect(JSON.parse(jsonLdBlocks()[0]!.textContent!).inLanguage).to.equal('es');
      // The open question stays open across languages (same ids).
      expect(toggles(el)[1]!.getAttribute('aria-expanded')).to.equal('true');

      el.setAttribute('no-json-ld', '');
      await el.updateComplete;
      expect(jsonLdBlocks()).to.have.length(0);
      el.removeAttribute('no-json-ld');
      await el.updateComplete;
      expect(jsonLdBlocks()).to.have.length(1);

      el.remove();
      expect(jsonLdBlocks()).to.have.length(0);
      document.body.append(el);
      await el.updateComplete;
      expect(jsonLdBlocks()).to.have.length(1);
      el.remove();
    });

    it('gives each FAQ on the page its own block, and none with no-json-ld', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <m4a-coverage-faq></m4a-coverage-faq>
        <m4a-coverage-faq src=${`${SRC}/faq.en.json`}></m4a-coverage-faq>
        <m4a-coverage-faq no-json-ld src=${`${SRC}/faq.en.json`}></m4a-coverage-faq>
      </div>`);
      const faqs = [...wrapper.querySelectorAll('m4a-coverage-faq')];
      for (const f of faqs) await waitUntil(ready(f));
      await Promise.all(faqs.map((f) => f.updateComplete));
      const blocks = jsonLdBlocks().map((b) => JSON.parse(b.textContent!) as { mainEntity: unknown[] });
      expect(blocks.map((b) => b.mainEntity.length).sort((a, b) => a - b)).to.deep.equal([3, faqEn.items.length]);
    });
  });

  describe('deep links', () => {
    it('opens, scrolls to and focuses the question named in the address on load', async () => {
      history.replaceState(null, '', '#faq-employer-insurance');
      const el = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq></m4a-coverage-faq>`);
      await waitUntil(() => root(el).activeElement?.id === 'q-employer-insurance', 'focused');
      const button = root(el).getElementById('q-employer-insurance')!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => {
        const r = button.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, 'scrolled into view');
      await expect(el).to.be.accessible();
    });

    it('follows hashchange, clearing a search that hides the question', async () => {
      const el = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq></m4a-coverage-faq>`);
      await whenReady(el);
      const search = root(el).querySelector<HTMLInputElement>('#search')!;
      search.value = 'dental';
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(root(el).getElementById('q-non-citizens')).to.equal(null);
      location.hash = '#faq-non-citizens';
      await waitUntil(() => root(el).activeElement?.id === 'q-non-citizens', 'focused after hashchange');
      expect(search.value).to.equal('');
      expect(root(el).getElementById('q-non-citizens')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('opens the question in every FAQ that has it, focusing the first one on the page', async () => {
      history.replaceState(null, '', '#faq-wait-times');
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <m4a-coverage-faq lang="en"></m4a-coverage-faq>
        <m4a-coverage-faq lang="es" no-json-ld></m4a-coverage-faq>
      </div>`);
      const [en, es] = [...wrapper.querySelectorAll('m4a-coverage-faq')] as [M4aCoverageFaq, M4aCoverageFaq];
      await waitUntil(() => root(en).activeElement?.id === 'q-wait-times', 'first FAQ focused');
      await waitUntil(
        () => root(es).getElementById('q-wait-times')?.getAttribute('aria-expanded') === 'true',
        'second FAQ opened',
      );
      await new Promise((r) => setTimeout(r, 50));
      expect(document.activeElement).to.equal(en);
    });

    it('ignores hashes that are not its questions', async () => {
      history.replaceState(null, '', '#faq-no-such-question');
      const el = await fixture<M4aCoverageFaq>(html`<m4a-coverage-faq></m4a-coverage-faq>`);
      await whenReady(el);
      await el.updateComplete;
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });
  });
});
