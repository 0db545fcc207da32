import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configStore } from '../../src/core/config.js';
import { PageConfig } from '../../src/core/config-schema.js';
import { MobilizeOptions, RestOptions, StaticOptions } from '../../src/backends/options.js';
import { resolveBackendConfig } from '../../src/core/registry.js';
import type { M4aEmbedBuilder } from '../../src/builder/embed-builder.js';
import { $, $$, attrs, builder, CDN, click, parseSnippet, snippetText, type } from './support.js';

// Upstreams stood in for by fixtures on the test server, so the preview's requests stay on this machine.
const MOBILIZE = `${location.origin}/fake/files/builder/mobilize`;
const API = `${location.origin}/fake/files/content/api`;

const preview = (el: M4aEmbedBuilder, tag: string) => el.shadowRoot!.querySelector<HTMLElement>(`.preview ${tag}`);

describe('<m4a-embed-builder>', () => {
  afterEach(() => {
    configStore.reset();
  });

  describe('snippets', () => {
    it('starts with the explainer and a one-line snippet, the preview showing the real element', async () => {
      const el = await builder();
      expect(snippetText(el)).to.equal(
        `<script type="module" src="${CDN}"></script>\n<m4a-program-explainer></m4a-program-explainer>\n`,
      );
      const shown = preview(el, 'm4a-program-explainer')!;
      expect(shown).to.be.instanceOf(customElements.get('m4a-program-explainer')!);
      await waitUntil(() => shown.shadowRoot?.querySelector('[part~="item"]'), 'the real explainer renders its items');
      expect($(el, '#summary-title').textContent!.trim()).to.equal('The snippet is ready to copy.');
      await expect(el).to.be.accessible();
    });

    it('derives the script address from the page it is served from when not told', async () => {
      const el = await fixture<M4aEmbedBuilder>(html`<m4a-embed-builder></m4a-embed-builder>`);
      expect(parseSnippet(snippetText(el)).scripts[0]!.src).to.equal(`${location.origin}/dist/m4a-widgets.js`);
      expect($<HTMLInputElement>(el, '#f-scriptUrl').value).to.equal(`${location.origin}/dist/m4a-widgets.js`);
    });

    it('builds an event list on Mobilize in Spanish, dark, with chapter colours', async () => {
      const el = await builder();
      await click(el, 'f-widgets-m4a-event-list');
      await click(el, 'f-widgets-m4a-program-explainer');
      await click(el, 'f-backend-type-mobilize');
      await type(el, 'f-backend-organizationId', '4242');
      await type(el, 'f-backend-baseUrl', MOBILIZE);
      await click(el, 'f-lang-es');
      await click(el, 'f-m4a-event-list-view-compact');
      await click(el, 'f-m4a-event-list-types-rally');
      await click(el, 'f-m4a-event-list-types-canvass');
      await type(el, 'f-m4a-event-list-zip', '53703');
      await click(el, 'f-theme-dark');
      await type(el, 'f-accent', '#FCA5A5');
      await type(el, 'f-font', '"Open Sans", sans-serif');
      await type(el, 'f-radius', '4');

      const parsed = parseSnippet(snippetText(el));
      expect(parsed.scripts.map((s) => s.type)).to.deep.equal(['module', 'application/json']);
      const config = PageConfig.safeParse(parsed.config);
      expect(config.success, JSON.stringify(config.error?.issues)).to.equal(true);
      const expected = {
        lang: 'es',
        backends: { main: { type: 'mobilize', organizationId: 4242, baseUrl: MOBILIZE } },
      };
      expect(parsed.config).to.deep.equal(expected);
      expect(MobilizeOptions.safeParse((parsed.config as PageConfig).backends!['main']).success).to.equal(true);
      expect(parsed.elements.map((e) => e.localName)).to.deep.equal(['m4a-event-list']);
      expect(attrs(parsed.elements[0]!)).to.deep.equal({
        view: 'compact',
        types: 'canvass,rally',
        zip: '53703',
        theme: 'dark',
      });
      expect(parsed.style).to.contain('m4a-event-list {');
      expect(parsed.style).to.contain('--m4a-color-accent: #fca5a5;');
      expect(parsed.style).to.contain('--m4a-color-on-accent: #111111;');
      expect(parsed.style).to.contain('--m4a-font-family: "Open Sans", sans-serif;');
      expect(parsed.style).to.contain('--m4a-radius: 4px;');

      // The preview runs on exactly that: the store holds the snippet's config, the element its attributes.
      await configStore.ready();
      expect(configStore.state.config).to.deep.equal(expected);
      expect(resolveBackendConfig({})).to.deep.include({ ok: true, name: 'main' });
      const shown = preview(el, 'm4a-event-list')!;
      expect(attrs(shown)).to.deep.equal(attrs(parsed.elements[0]!));
      expect(getComputedStyle(shown).getPropertyValue('--m4a-color-accent').trim()).to.equal('#fca5a5');
      expect($$(el, '#contrast .warning')).to.have.length(0);
      expect($(el, '.preview').className).to.contain('scheme-dark');
      const settled = () =>
        preview(el, 'm4a-event-list')?.shadowRoot?.querySelector('[part~="list"], [part~="empty"], [role="alert"]');
      await waitUntil(settled, 'the preview event list loads from Mobilize');
      expect(settled()!.getAttribute('role'), settled()!.textContent!).to.not.equal('alert');
      // Below the fold and two shadow roots deep, axe takes the "Full" badge's background for white (the card is
      // #161b22 there); checked on screen it passes.
      preview(el, 'm4a-event-list')!.shadowRoot!.querySelector('.badge.full')?.scrollIntoView({ block: 'center' });
      await expect(el).to.be.accessible();
    });

    it('builds a REST signup form and FAQ, and a hostile heading stays text everywhere', async () => {
      const hostile = '"><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
      const el = await builder();
      await click(el, 'f-widgets-m4a-program-explainer');
      await click(el, 'f-widgets-m4a-coverage-faq');
      await click(el, 'f-widgets-m4a-signup-form');
      await click(el, 'f-backend-type-rest');
      await type(el, 'f-backend-url', API);
      await type(el, 'f-m4a-coverage-faq-heading', hostile);
      await type(el, 'f-m4a-signup-form-source', 'pnhp-wi');
      await type(el, 'f-m4a-signup-form-organization', 'PNHP </script> Wisconsin');

      const text = snippetText(el);
      const parsed = parseSnippet(text);
      expect(parsed.scripts).to.have.length(2);
      expect(parsed.config).to.deep.equal({ backends: { main: { type: 'rest', url: API } } });
      expect(PageConfig.safeParse(parsed.config).success).to.equal(true);
      expect(RestOptions.safeParse((parsed.config as PageConfig).backends!['main']).success).to.equal(true);
      expect(parsed.elements.map((e) => e.localName)).to.deep.equal(['m4a-coverage-faq', 'm4a-signup-form']);
      expect(parsed.elements[0]!.getAttribute('heading')).to.equal(hostile.trim());
      expect(parsed.elements[1]!.getAttribute('organization')).to.equal('PNHP </script> Wisconsin');
      expect(parsed.elements[0]!.children).to.have.length(0);
      expect(parsed.style).to.equal(undefined);

      const faq = preview(el, 'm4a-coverage-faq')!;
      await waitUntil(() => faq.shadowRoot?.querySelector('[part~="heading"]'), 'the preview FAQ shows its heading');
      expect(faq.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal(hostile.trim());
      expect(faq.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('builds a static rep lookup with boolean attributes and the auto scheme', async () => {
      const el = await builder();
      await click(el, 'f-widgets-m4a-program-explainer');
      await click(el, 'f-widgets-m4a-rep-lookup');
      await click(el, 'f-backend-type-static');
      await type(el, 'f-backend-url', 'https://example.org/m4a-data/');
      await click(el, 'f-m4a-rep-lookup-show-call-count');
      await click(el, 'f-m4a-rep-lookup-no-location');
      await click(el, 'f-theme-auto');
      const text = snippetText(el);
      expect(text).to.contain('<m4a-rep-lookup show-call-count no-location theme="auto"></m4a-rep-lookup>');
      const parsed = parseSnippet(text);
      expect(StaticOptions.safeParse((parsed.config as PageConfig).backends!['main']).success).to.equal(true);
      expect(PageConfig.safeParse(parsed.config).success).to.equal(true);
      expect(attrs(preview(el, 'm4a-rep-lookup')!)).to.deep.equal({
        'show-call-count': '',
        'no-location': '',
        theme: 'auto',
      });
    });

    it('leaves defaults out and puts them back when an option returns to its default', async () => {
      const el = await builder();
      await click(el, 'f-m4a-program-explainer-layout-list');
      expect(parseSnippet(snippetText(el)).elements[0]!.getAttribute('layout')).to.equal('list');
      expect(preview(el, 'm4a-program-explainer')!.getAttribute('layout')).to.equal('list');
      await click(el, 'f-m4a-program-explainer-layout-cards');
      expect(parseSnippet(snippetText(el)).elements[0]!.hasAttribute('layout')).to.equal(false);
      expect(preview(el, 'm4a-program-explainer')!.hasAttribute('layout')).to.equal(false);
    });
  });

  describe('live preview', () => {
    it('follows the language and layout choices', async () => {
      const el = await builder();
      const base = () => preview(el, 'm4a-program-explainer')?.shadowRoot?.querySelector('[part~="base"]');
      await click(el, 'f-lang-es');
      await waitUntil(() => base()?.getAttribute('lang') === 'es', 'preview in Spanish');
      await click(el, 'f-m4a-program-explainer-layout-compact');
      await waitUntil(() => base()?.classList.contains('layout-compact'), 'compact layout');
      await type(el, 'f-m4a-program-explainer-heading', 'Medicare para Todos');
      const heading = () =>
        preview(el, 'm4a-program-explainer')?.shadowRoot?.querySelector('[part~="heading"]')?.textContent;
      await waitUntil(() => heading() === 'Medicare para Todos', 'heading shown');
      // Back to the default: the element is made afresh without the attribute, as the snippet would make it.
      await click(el, 'f-m4a-program-explainer-layout-cards');
      await waitUntil(() => base()?.classList.contains('layout-cards'), 'cards layout');
      expect(preview(el, 'm4a-program-explainer')!.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('waits for a pause in typing before the preview follows a text field', async () => {
      const el = await fixture<M4aEmbedBuilder>(
        html`<m4a-embed-builder script-url=${CDN} preview-delay="150"></m4a-embed-builder>`,
      );
      await type(el, 'f-m4a-program-explainer-heading', 'Hel');
      await type(el, 'f-m4a-program-explainer-heading', 'Hello');
      expect(preview(el, 'm4a-program-explainer')!.hasAttribute('heading')).to.equal(false);
      expect(snippetText(el)).to.contain('heading="Hello"');
      await waitUntil(
        () => preview(el, 'm4a-program-explainer')!.getAttribute('heading') === 'Hello',
        'preview catches up',
      );
    });
  });

  describe('invalid choices', () => {
    it('explains a bad Mobilize organization id with the schema message, next to the field', async () => {
      const el = await builder();
      await click(el, 'f-widgets-m4a-event-list');
      await click(el, 'f-backend-type-mobilize');
      await type(el, 'f-backend-baseUrl', MOBILIZE);
      await type(el, 'f-backend-organizationId', 'abc');
      const message = 'organizationId must be a number, like 1234';
      expect(MobilizeOptions.safeParse({ type: 'mobilize', organizationId: 'abc' }).error!.issues[0]!.message).to.equal(
        message,
      );
      const input = $<HTMLInputElement>(el, '#f-backend-organizationId');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('f-backend-organizationId-error');
      expect($(el, '#f-backend-organizationId-error').textContent).to.contain(message);
      expect($(el, '#summary-title').textContent!.trim()).to.equal('There is 1 problem to fix');
      const link = $<HTMLAnchorElement>(el, '.summary-list a');
      expect(link.textContent).to.equal(message);
      link.click();
      expect(el.shadowRoot!.activeElement).to.equal(input);
      // The widget in the preview says the same.
      const list = preview(el, 'm4a-event-list')!;
      await waitUntil(
        () => list.shadowRoot?.querySelector('[role="alert"]')?.textContent?.includes(message),
        'preview shows the same message',
      );
      expect(list.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('backends.main.organizationId');
      await expect(el).to.be.accessible();

      await type(el, 'f-backend-organizationId', '4242');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(el.shadowRoot!.querySelector('#f-backend-organizationId-error')).to.equal(null);
    });

    it('refuses script URLs as backend addresses and says why', async () => {
      const el = await builder();
      await click(el, 'f-backend-type-rest');
      await type(el, 'f-backend-url', 'javascript:alert(1)');
      expect($(el, '#f-backend-url-error').textContent).to.contain('Only http(s) addresses are allowed');
      await type(el, 'f-backend-url', '');
      expect($(el, '#f-backend-url-error').textContent).to.contain('Give the address of the backend');
      await expect(el).to.be.accessible();
    });

    it('says which widgets need which backend', async () => {
      const el = await builder();
      await click(el, 'f-widgets-m4a-signup-form');
      expect($(el, '#f-backend-type-error').textContent).to.contain('“Volunteer signup form” needs a data source');
      expect($(el, '[data-field="backend.type"]').getAttribute('aria-describedby')).to.equal('f-backend-type-error');
      await click(el, 'f-backend-type-static');
      await type(el, 'f-backend-url', '/data/');
      expect($(el, '#f-backend-type-error').textContent).to.contain('can’t work with Static JSON files');
      await click(el, 'f-backend-type-rest');
      await type(el, 'f-backend-url', '/api');
      expect(el.shadowRoot!.querySelector('#f-backend-type-error')).to.equal(null);
      await click(el, 'f-widgets-m4a-signup-form');
      await click(el, 'f-widgets-m4a-program-explainer');
      expect($(el, '#f-widgets-error').textContent).to.contain('Choose at least one widget.');
      await expect(el).to.be.accessible();
    });

    it('checks widget options with the schemas the widgets use, and pairs the button text with its link', async () => {
      const el = await builder();
      await type(el, 'f-m4a-program-explainer-cta-text', 'Join us');
      expect($(el, '#f-m4a-program-explainer-cta-href-error').textContent).to.contain(
        'Fill in “Button text (optional)” too',
      );
      await type(el, 'f-m4a-program-explainer-cta-href', 'javascript:alert(1)');
      expect($(el, '#f-m4a-program-explainer-cta-href-error').textContent).to.contain(
        'Use a full web address starting with https://, a path starting with /, or a #fragment',
      );
      await type(el, 'f-m4a-program-explainer-cta-href', '/join');
      expect(el.shadowRoot!.querySelector('.summary-list')).to.equal(null);
      await click(el, 'f-widgets-m4a-event-list');
      await type(el, 'f-m4a-event-list-zip', '5370');
      expect($(el, '#f-m4a-event-list-zip-error').textContent).to.contain('Enter a 5-digit ZIP code, like 53703');
    });

    it('keeps CSS and markup out of the style block', async () => {
      const el = await builder();
      await type(el, 'f-font', 'Arial; } body { display: none } </style><script>alert(1)</script>');
      await type(el, 'f-radius', '100');
      await type(el, 'f-accent', 'red');
      await type(el, 'f-scriptUrl', 'cdn.example.org/m4a.js');
      expect($(el, '#f-font-error').textContent).to.contain('Use font names separated by commas');
      expect($(el, '#f-radius-error').textContent).to.contain('from 0 to 48');
      expect($(el, '#f-accent-error').textContent).to.contain('#b91c1c');
      expect($(el, '#f-scriptUrl-error').textContent).to.contain('Enter a full web address starting with https://');
      expect($(el, '#summary-title').textContent!.trim()).to.equal('There are 4 problems to fix');
      const parsed = parseSnippet(snippetText(el));
      expect(parsed.style).to.equal(undefined);
      expect(parsed.scripts).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('copy', () => {
    it('copies the exact snippet to the clipboard from the keyboard and says so', async () => {
      const el = await builder();
      await click(el, 'f-m4a-program-explainer-layout-list');
      $<HTMLButtonElement>(el, '[part="copy"]').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.copy-status').textContent!.includes('Copied'), 'copy confirmed');
      expect($(el, '.copy-status').getAttribute('role')).to.equal('status');
      // Paste the clipboard back into a text area to read what was copied.
      const area = document.createElement('textarea');
      area.setAttribute('aria-label', 'paste here');
      document.body.append(area);
      area.focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'KeyV' });
      await sendKeys({ up: 'Control' });
      expect(area.value).to.equal(snippetText(el));
      area.remove();
      await expect(el).to.be.accessible();
    });

    it('will not copy while there are problems, and takes the reader to them', async () => {
      const el = await builder();
      await click(el, 'f-backend-type-mobilize');
      await type(el, 'f-backend-organizationId', 'abc');
      $<HTMLButtonElement>(el, '[part="copy"]').click();
      await waitUntil(() => $(el, '.copy-status').textContent!.includes('Fix the problems'));
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#summary-title'));
    });
  });

  describe('accent contrast', () => {
    it('warns when the accent is too faint on white, and names the button text colour', async () => {
      const el = await builder();
      await type(el, 'f-accent', '#ffd700');
      const notes = $$(el, '#contrast li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(notes[0]).to.match(/^Links and icons on white: 1\.\d:1\. Too faint to read: pick a darker colour/);
      expect(notes[1]).to.match(/^Button text: near black, \d+(\.\d)?:1\.$/);
      expect($<HTMLInputElement>(el, '#accent-picker').value).to.equal('#ffd700');
      await expect(el).to.be.accessible();
    });

    it('checks the dark background for the dark scheme and both for auto', async () => {
      const el = await builder();
      await type(el, 'f-accent', '#1d4ed8');
      expect($$(el, '#contrast li')[0]!.textContent).to.contain('on white: 6.');
      expect($$(el, '#contrast .warning')).to.have.length(0);
      await click(el, 'f-theme-dark');
      expect($$(el, '#contrast li')[0]!.textContent).to.contain('on the dark background: 2.');
      expect($$(el, '#contrast .warning')).to.have.length(1);
      await click(el, 'f-theme-auto');
      expect($$(el, '#contrast li')).to.have.length(3);
      $<HTMLButtonElement>(el, '.accent-row button').click();
      await el.updateComplete;
      expect($$(el, '#contrast li')).to.have.length(0);
      expect(parseSnippet(snippetText(el)).style).to.equal(undefined);
    });
  });

  describe('keyboard, language and width', () => {
    it('is operated from the keyboard: Space ticks a widget, arrows pick a backend', async () => {
      const el = await builder();
      $<HTMLInputElement>(el, '#f-widgets-m4a-event-list').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(preview(el, 'm4a-event-list')).to.not.equal(null);
      $<HTMLInputElement>(el, '#f-backend-type-none').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#f-backend-type-rest').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#f-backend-url'));
      await sendKeys({ type: '/api' });
      await el.updateComplete;
      expect(parseSnippet(snippetText(el)).config).to.deep.equal({ backends: { main: { type: 'rest', url: '/api' } } });
    });

    it('speaks Spanish', async () => {
      const el = await builder('es');
      expect($(el, '[part="base"]').getAttribute('lang')).to.equal('es');
      expect($(el, '[data-field="backend.type"] legend').textContent).to.equal('De dónde vienen los datos');
      expect($(el, '[part="copy"]').textContent).to.equal('Copiar código');
      await click(el, 'f-backend-type-mobilize');
      await type(el, 'f-backend-organizationId', 'abc');
      // Schema messages are English in every language, and marked as such.
      expect($(el, '#f-backend-organizationId-error').getAttribute('lang')).to.equal('en');
      expect($(el, '#summary-title').textContent!.trim()).to.equal('Hay 1 problema por corregir');
      await expect(el).to.be.accessible();
    });

    it('fits 320 px without sideways scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><m4a-embed-builder script-url=${CDN} preview-delay="0"></m4a-embed-builder></div>`,
      );
      const el = wrapper.querySelector('m4a-embed-builder')!;
      await el.updateComplete;
      await click(el, 'f-widgets-m4a-event-list');
      await click(el, 'f-backend-type-mobilize');
      await type(el, 'f-accent', '#b91c1c');
      const right = wrapper.getBoundingClientRect().right;
      const controls = $$(el, 'input, button, textarea, legend, label');
      const over = controls.filter((c) => c.getBoundingClientRect().right > right + 0.5);
      expect(over.map((c) => c.id || c.textContent)).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(320);
    });
  });
});
