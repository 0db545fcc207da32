// The builder shares the widgets' language lifecycle (core/localized-element.ts) and reads its attributes with the
// core attribute helpers.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { M4aEmbedBuilder } from '../../src/builder/embed-builder.js';
import { configStore } from '../../src/core/config.js';
import { $, builder, CDN } from './support.js';

describe('embed builder lifecycle', () => {
  afterEach(() => configStore.reset());

  it('follows its lang attribute, loading the strings before it renders in the new language', async () => {
    const el = await builder('en');
    const title = () => $(el, '#settings-title').textContent;
    const english = title();
    el.setAttribute('lang', 'es');
    await waitUntil(() => $(el, '[part="base"]').getAttribute('lang') === 'es', 'builder in Spanish');
    expect(title()).to.not.equal(english);
  });

  it('keeps its own language when the page config (the preview’s) names another', async () => {
    const el = await builder('en');
    configStore.configure({ lang: 'es' });
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en');
  });

  it('warns once about a bad preview-delay and keeps the default pause', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      await fixture<M4aEmbedBuilder>(
        html`<m4a-embed-builder lang="en" script-url=${CDN} preview-delay="soon"></m4a-embed-builder>`,
      );
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('preview-delay'))).to.have.length(1);
    expect(warnings.find((w) => w.includes('preview-delay'))).to.contain('using 300');
  });
});
