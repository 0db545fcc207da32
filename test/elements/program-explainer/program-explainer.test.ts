import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/program-explainer.js';
import type { M4aProgramExplainer } from '../../../src/elements/program-explainer/program-explainer.js';
import { configStore } from '../../../src/core/config.js';
import { registerBackend } from '../../../src/core/registry.js';
import { explainerEn } from '../../../src/shared/content/explainer.en.js';
import { explainerEs } from '../../../src/shared/content/explainer.es.js';
import type { M4aErrorEvent } from '../../../src/core/dom-events.js';

const SRC = '/fake/files/content/src';

const root = (el: HTMLElement) => el.shadowRoot!;
const titles = (el: HTMLElement) =>
  [...root(el).querySelectorAll('[part~="item-title"]')].map((h) => h.textContent!.trim());
const alertText = (el: HTMLElement) =>
  root(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const hasItems = (el: HTMLElement) => () => root(el).querySelectorAll('[part~="item"]').length > 0;
const hasAlert = (el: HTMLElement) => () => !!root(el).querySelector('[role="alert"]');

/** Collects console warnings while `fn` runs. */
async function warnings(fn: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
  }
  return seen;
}

describe('<m4a-program-explainer>', () => {
  afterEach(() => {
    configStore.reset();
    document.documentElement.lang = 'en';
  });

  describe('default content', () => {
    it('shows the English defaults as cards with icons and learn-more links', async () => {
      const el = await fixture<M4aProgramExplainer>(html`<m4a-program-explainer lang="en"></m4a-program-explainer>`);
      await waitUntil(hasItems(el), 'items rendered');
      expect(titles(el)).to.deep.equal(explainerEn.items.map((i) => i.title));
      expect(root(el).querySelector('[part~="base"]')!.className).to.contain('layout-cards');
      expect(root(el).querySelectorAll('[part~="icon"] svg')).to.have.length(
        explainerEn.items.filter((i) => i.icon).length,
      );
      const more = root(el).querySelector<HTMLAnchorElement>('[part~="learn-more"]')!;
      expect(more.href).to.equal(explainerEn.items[0]!.learnMoreUrl);
      expect(more.rel).to.equal('noopener');
      // Item titles are headings one level below the (absent) widget heading: h3 by default.
      expect(root(el).querySelector('[part~="item-title"]')!.localName).to.equal('h3');
      await expect(el).to.be.accessible();
    });

    it('shows the Spanish defaults, and switches language when lang changes', async () => {
      const el = await fixture<M4aProgramExplainer>(html`<m4a-program-explainer lang="es"></m4a-program-explainer>`);
      await waitUntil(hasItems(el));
      expect(titles(el)).to.deep.equal(explainerEs.items.map((i) => i.title));
      expect(root(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await waitUntil(() => titles(el)[0] === explainerEn.items[0]!.title, 'English after lang change');
    });

    it('follows <html lang> when the element has none', async () => {
      document.documentElement.lang = 'es-MX';
      const el = await fixture<M4aProgramExplainer>(html`<m4a-program-explainer></m4a-program-explainer>`);
      await waitUntil(hasItems(el));
      expect(titles(el)[0]).to.equal(explainerEs.items[0]!.title);
    });
  });

  describe('layouts and settings', () => {
    for (const layout of ['list', 'compact']) {
      it(`renders the ${layout} layout`, async () => {
        const el = await fixture<M4aProgramExplainer>(
          html`<m4a-program-explainer layout=${layout}></m4a-program-explainer>`,
        );
        await waitUntil(hasItems(el));
        expect(root(el).querySelector('[part~="base"]')!.className).to.contain(`layout-${layout}`);
        await expect(el).to.be.accessible();
      });
    }

    it('fits a 320 px column without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><m4a-program-explainer></m4a-program-explainer></div>`,
      );
      const el = wrapper.querySelector('m4a-program-explainer')!;
      await waitUntil(hasItems(el));
      const base = root(el).querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(320);
      const cards = [...root(el).querySelectorAll<HTMLElement>('[part~="item"]')];
      expect(new Set(cards.map((c) => c.offsetLeft)).size, 'one column').to.equal(1);
    });

    it('shows a heading at heading-level with item titles one level below', async () => {
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer heading="What Medicare for All means" heading-level="3"></m4a-program-explainer>`,
      );
      await waitUntil(hasItems(el));
      const heading = root(el).querySelector('[part~="heading"]')!;
      expect(heading.localName).to.equal('h3');
      expect(heading.textContent).to.equal('What Medicare for All means');
      expect(root(el).querySelector('[part~="item-title"]')!.localName).to.equal('h4');
      await expect(el).to.be.accessible();
    });

    it('names a bad layout or heading-level in a translated message instead of rendering', async () => {
      const events: M4aErrorEvent[] = [];
      const seen = await warnings(async () => {
        const el = await fixture<M4aProgramExplainer>(
          html`<m4a-program-explainer layout="grid" @m4a-error=${(e: M4aErrorEvent) => events.push(e)}></m4a-program-explainer>`,
        );
        expect(alertText(el)).to.contain('“layout”');
        expect(alertText(el)).to.contain('not set up correctly');
        await expect(el).to.be.accessible();
        const es = await fixture<M4aProgramExplainer>(
          html`<m4a-program-explainer lang="es" heading-level="9"></m4a-program-explainer>`,
        );
        expect(alertText(es)).to.contain('Revise el ajuste “heading-level”');
      });
      expect(events[0]!.detail).to.deep.equal({ tag: 'm4a-program-explainer', kind: 'config', field: 'layout' });
      // The console names the attribute and what it accepts (core/attributes.ts wording).
      expect(seen.some((w) => w.includes('layout: "grid" is not one of cards, list, compact'))).to.equal(true);
    });
  });

  it('goes back to the default layout when the attribute is removed', async () => {
    const el = await fixture<M4aProgramExplainer>(html`<m4a-program-explainer layout="list"></m4a-program-explainer>`);
    el.removeAttribute('layout');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('layout-cards')).to.equal(true);
  });

  describe('call to action', () => {
    it('uses cta-text and cta-href, and reports the click', async () => {
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer cta-text="Sign up" cta-href="#signup"></m4a-program-explainer>`,
      );
      await waitUntil(hasItems(el));
      const cta = root(el).querySelector<HTMLAnchorElement>('[part~="cta"]')!;
      expect(cta.textContent!.trim()).to.equal('Sign up');
      expect(cta.getAttribute('href')).to.equal('#signup');
      const event = oneEvent(el, 'm4a-explainer-cta');
      cta.click();
      expect((await event).detail).to.deep.equal({ href: '#signup' });
      history.replaceState(null, '', location.pathname + location.search);
      await expect(el).to.be.accessible();
    });

    it('uses the content’s own call to action when the attributes are absent', async () => {
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer src=${`${SRC}/explainer.en.json`}></m4a-program-explainer>`,
      );
      await waitUntil(hasItems(el));
      const cta = root(el).querySelector<HTMLAnchorElement>('[part~="cta"]')!;
      expect(cta.textContent!.trim()).to.equal('Join our chapter');
      expect(cta.getAttribute('href')).to.equal('/join');
    });

    it('rejects an unsafe or incomplete call to action, naming the attribute', async () => {
      const unsafe = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer cta-text="Go" cta-href="javascript:alert(1)"></m4a-program-explainer>`,
      );
      expect(alertText(unsafe)).to.contain('“cta-href”');
      expect(root(unsafe).querySelector('a[href^="javascript"]')).to.equal(null);
      const half = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer cta-text="Go"></m4a-program-explainer>`,
      );
      expect(alertText(half)).to.contain('“cta-href”');
    });
  });

  describe('content from src', () => {
    it('loads and validates a JSON file, replacing {lang}', async () => {
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer lang="es" src=${`${SRC}/explainer.{lang}.json`}></m4a-program-explainer>`,
      );
      await waitUntil(hasItems(el));
      expect(titles(el)).to.deep.equal(['Atención para cada vecino']);
      el.setAttribute('lang', 'en');
      await waitUntil(() => titles(el).length === 2, 'English file loaded');
      expect(root(el).querySelector('[part~="learn-more"]')!.textContent).to.contain('Learn more');
      expect(root(el).querySelectorAll('[part~="learn-more"]')[1]!.textContent!.trim()).to.equal('Read the stories');
    });

    it('shows invalid content as a clear message naming the field', async () => {
      const events: M4aErrorEvent[] = [];
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer src=${`${SRC}/explainer-invalid.json`} @m4a-error=${(e: M4aErrorEvent) => events.push(e)}></m4a-program-explainer>`,
      );
      await waitUntil(hasAlert(el));
      expect(alertText(el)).to.contain('can’t be shown');
      expect(alertText(el)).to.contain('“items.1.title”');
      expect(root(el).querySelector('[part~="item"]')).to.equal(null);
      expect(events.map((e) => e.detail)).to.deep.include({
        tag: 'm4a-program-explainer',
        kind: 'invalid-response',
        field: 'items.1.title',
      });
      await expect(el).to.be.accessible();
    });

    it('says so in Spanish when the file is not JSON', async () => {
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer lang="es" src="/fake/garbage"></m4a-program-explainer>`,
      );
      await waitUntil(hasAlert(el));
      expect(alertText(el)).to.contain('no es un archivo de contenido en formato JSON');
    });

    it('falls back to the defaults, with one warning, when the file cannot be reached', async () => {
      let el!: M4aProgramExplainer;
      const seen = await warnings(async () => {
        el = await fixture<M4aProgramExplainer>(
          html`<m4a-program-explainer src="/fake/status/503/explainer.json"></m4a-program-explainer>`,
        );
        await waitUntil(hasItems(el));
      });
      expect(titles(el)).to.deep.equal(explainerEn.items.map((i) => i.title));
      expect(seen.filter((w) => w.includes('503'))).to.have.length(1);
    });

    it('refuses a src that is not a web address', async () => {
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer src="javascript:alert(1)"></m4a-program-explainer>`,
      );
      await waitUntil(hasAlert(el));
      expect(alertText(el)).to.contain('“src”');
    });

    it('shows the empty state for an empty list', async () => {
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer src=${`${SRC}/explainer-empty.json`}></m4a-program-explainer>`,
      );
      await waitUntil(() => !!root(el).querySelector('[part~="status"]') && !root(el).textContent!.includes('Loading'));
      expect(root(el).textContent).to.contain('nothing to show here yet');
      await expect(el).to.be.accessible();
    });

    it('renders hostile strings as inert text', async () => {
      delete (window as { __m4aPwned?: unknown }).__m4aPwned;
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer src=${`${SRC}/explainer-hostile.json`}></m4a-program-explainer>`,
      );
      await waitUntil(hasItems(el));
      expect(titles(el)[0]).to.equal('<img src=x onerror="window.__m4aPwned=1">Title');
      expect(root(el).querySelector('img, script, b')).to.equal(null);
      expect(root(el).querySelector('[part~="item-body"]')!.textContent).to.contain('<script>');
      expect(root(el).querySelector('[part~="cta"]')!.textContent!.trim()).to.equal('<b>Go</b>');
      await new Promise((r) => setTimeout(r, 50));
      expect((window as { __m4aPwned?: unknown }).__m4aPwned).to.equal(undefined);
    });
  });

  describe('content written in the page (light DOM)', () => {
    it('reads <article> children into items, with the call to action', async () => {
      const el = await fixture<M4aProgramExplainer>(html`<m4a-program-explainer>
        <article id="local-one" data-icon="people">
          <h3>Our   chapter</h3>
          <p>First sentence.</p>
          <p>Second sentence.</p>
          <a href="/about">About us</a>
        </article>
        <article>
          <h4>Untitled id</h4>
          <p>Gets an id from its position.</p>
        </article>
        <a data-cta href="#join">Join us</a>
      </m4a-program-explainer>`);
      await waitUntil(hasItems(el));
      expect(titles(el)).to.deep.equal(['Our chapter', 'Untitled id']);
      expect(root(el).querySelector('[part~="item-body"]')!.textContent).to.equal('First sentence. Second sentence.');
      const more = root(el).querySelector<HTMLAnchorElement>('[part~="learn-more"]')!;
      expect(more.textContent!.trim()).to.equal('About us');
      expect(more.href).to.equal(new URL('/about', location.href).href);
      expect(root(el).querySelector('[part~="cta"]')!.getAttribute('href')).to.equal('#join');
      await expect(el).to.be.accessible();
    });

    it('keeps the partner HTML visible while src loads, and uses it when src cannot be reached', async () => {
      const el =
        await fixture<M4aProgramExplainer>(html`<m4a-program-explainer src="/fake/slow/600/content/no-such-file.json">
        <article id="fallback"><h3>Fallback written in the page</h3><p>Shown while loading.</p></article>
      </m4a-program-explainer>`);
      const slot = root(el).querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['article']);
      await expect(el).to.be.accessible();
      await waitUntil(hasItems(el), 'page content after src failed', { timeout: 3000 });
      expect(titles(el)).to.deep.equal(['Fallback written in the page']);
    });

    it('follows edits of the partner HTML', async () => {
      const el = await fixture<M4aProgramExplainer>(html`<m4a-program-explainer>
        <article id="one"><h3>Before</h3><p>Text.</p></article>
      </m4a-program-explainer>`);
      await waitUntil(hasItems(el));
      el.querySelector('h3')!.textContent = 'After';
      await waitUntil(() => titles(el)[0] === 'After', 'edited title shown');
    });

    it('names the problem and keeps the partner HTML visible when it does not fit the schema', async () => {
      const el = await fixture<M4aProgramExplainer>(html`<m4a-program-explainer>
        <article id="Not A Slug"><h3>Title</h3><p>Body.</p></article>
      </m4a-program-explainer>`);
      await waitUntil(hasAlert(el));
      expect(alertText(el)).to.contain('HTML written inside this widget');
      expect(alertText(el)).to.contain('“items.0.id”');
      const slot = root(el).querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['article']);
      await expect(el).to.be.accessible();
    });
  });

  describe('content from a backend', () => {
    it('asks the configured backend in the widget’s language', async () => {
      configStore.configure({ backends: { files: { type: 'static', url: '/fake/files/content/static' } } });
      const el = await fixture<M4aProgramExplainer>(html`<m4a-program-explainer lang="es"></m4a-program-explainer>`);
      await waitUntil(hasItems(el));
      expect(titles(el)).to.deep.equal(['Contenido del servidor']);
      expect(root(el).querySelector('[part~="cta"]')!.textContent!.trim()).to.equal('Inscríbase');
      await expect(el).to.be.accessible();
    });

    it('uses backend-url as a REST backend', async () => {
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer backend-url="/fake/files/content/api"></m4a-program-explainer>`,
      );
      await waitUntil(hasItems(el));
      expect(titles(el)).to.deep.equal(['From the REST backend']);
    });

    it('shows the loading state while the backend is slow', async () => {
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer backend-url="/fake/slow/1500/content/api"></m4a-program-explainer>`,
      );
      const status = root(el).querySelector('[role="status"]')!;
      expect(status.textContent).to.contain('Loading');
      await expect(el).to.be.accessible();
      await waitUntil(hasItems(el), 'loaded after the delay', { timeout: 4000 });
    });

    it('falls back to the defaults when the backend fails, and names invalid backend content', async () => {
      const events: M4aErrorEvent[] = [];
      const down = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer backend-url="/fake/status/500" @m4a-error=${(e: M4aErrorEvent) => events.push(e)}></m4a-program-explainer>`,
      );
      await waitUntil(hasItems(down));
      expect(titles(down)[0]).to.equal(explainerEn.items[0]!.title);
      expect(events.map((e) => e.detail.kind)).to.deep.equal(['http']);

      const invalid = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer backend-url="/fake/files/content/invalid-api"></m4a-program-explainer>`,
      );
      await waitUntil(hasAlert(invalid));
      expect(alertText(invalid)).to.contain('content sent by the server');
      expect(alertText(invalid)).to.contain('“items.0.icon”');
    });

    it('uses the defaults quietly when the backend has no content', async () => {
      registerBackend('events-only', () => ({ listEvents: async () => ({ events: [] }) }) as never);
      configStore.configure({ backends: { ev: { type: 'events-only' } } });
      const events: M4aErrorEvent[] = [];
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer @m4a-error=${(e: M4aErrorEvent) => events.push(e)}></m4a-program-explainer>`,
      );
      await waitUntil(hasItems(el));
      expect(titles(el)[0]).to.equal(explainerEn.items[0]!.title);
      expect(events).to.have.length(0);
    });

    it('shows a broken page config instead of guessing', async () => {
      const el = await fixture<M4aProgramExplainer>(
        html`<m4a-program-explainer backend="missing"></m4a-program-explainer>`,
      );
      await waitUntil(hasAlert(el));
      expect(alertText(el)).to.contain('“backend”');
    });
  });

  it('is accessible in the dark theme', async () => {
    const el = await fixture<M4aProgramExplainer>(
      html`<div style="background:#0d1117"><m4a-program-explainer theme="dark" heading="Medicare for All" cta-text="Join" cta-href="/join"></m4a-program-explainer></div>`,
    );
    const explainer = el.querySelector('m4a-program-explainer')!;
    await waitUntil(hasItems(explainer));
    await expect(explainer).to.be.accessible();
  });
});
