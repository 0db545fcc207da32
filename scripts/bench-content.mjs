/**
 * Explainer and FAQ figures for `npm run bench`, measured in headless Chromium against the drop-in served by the
 * reference server: time from adding the element to its items being in the DOM (cold: the element's chunk is
 * fetched; warm: a second instance), for the explainer (default content) and an FAQ of 20 questions, and the time
 * from a keystroke in the FAQ search to the filtered, highlighted list (median over several queries).
 *
 * Content comes from an in-page JavaScript backend, so the figures measure the widgets, not the network. The page
 * itself is synthetic (served through Playwright's request routing on the server's origin); `/dist` is real.
 * `bench()` returns the figures and prints nothing.
 */

/** 20 questions in the content format, with answers of realistic length and markup. */
function faq20() {
  const categories = ['cost', 'coverage', 'doctors', 'current-coverage', 'workers', 'eligibility', 'how-it-works'];
  const items = Array.from({ length: 20 }, (_, i) => ({
    id: `question-${i + 1}`,
    category: categories[i % categories.length],
    question: `Question ${i + 1}: what happens to coverage for dental, vision and hearing care number ${i + 1}?`,
    answer:
      `<p>Answer ${i + 1}. Medicare for All covers <strong>all medically necessary care</strong>, including doctor visits, ` +
      `hospital care, prescription drugs, mental health, dental, vision and hearing care.</p>` +
      `<ul><li>No premiums</li><li>No deductibles</li><li>No copays</li></ul>` +
      `<p>See <a href="https://www.congress.gov/bill/119th-congress/house-bill/3069">the bill</a> for details.</p>`,
    sources: [{ label: 'H.R.3069, congress.gov', url: 'https://www.congress.gov/bill/119th-congress/house-bill/3069' }],
  }));
  return { kind: 'faq', lang: 'en', items };
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/m4a-widgets.js"></script></head><body></body></html>`;

/** @param {{ browser: import('playwright-core').Browser, baseUrl: string }} context */
export async function bench({ browser, baseUrl }) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  try {
    const url = `${baseUrl}/__bench-content.html`;
    await page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }),
    );
    await page.goto(url);
    await page.waitForFunction(() => !!window.M4A);
    return await page.evaluate(async (faq) => {
      /** A macrotask without timer clamping. */
      const tick = () =>
        new Promise((r) => {
          const c = new MessageChannel();
          c.port1.onmessage = r;
          c.port2.postMessage(0);
        });
      const until = async (cond) => {
        while (!cond()) await tick();
      };
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

      async function mount(tag, attrs, selector) {
        const t0 = performance.now();
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        document.body.append(el);
        await until(() => (el.shadowRoot?.querySelectorAll(selector).length ?? 0) > 0);
        return { el, ms: performance.now() - t0 };
      }

      // The explainer with its built-in content (no backend configured), as most partner pages show it.
      const e1 = await mount('m4a-program-explainer', {}, '[part~="item"]');
      const e2 = await mount('m4a-program-explainer', {}, '[part~="item"]');
      e1.el.remove();
      e2.el.remove();

      window.M4A.registerBackend('bench', () => ({ getContent: async () => faq }));
      window.M4A.configure({ backends: { bench: { type: 'bench' } } });
      const f1 = await mount('m4a-coverage-faq', { backend: 'bench', 'no-json-ld': '' }, 'button[part~="toggle"]');
      const f2 = await mount('m4a-coverage-faq', { backend: 'bench', 'no-json-ld': '' }, 'button[part~="toggle"]');
      const faqEl = f2.el;
      const input = faqEl.shadowRoot.querySelector('#search');
      const searches = [];
      for (const q of ['dental', 'question 7', 'no copays', 'zzz', 'vision hearing', 'hospital', '']) {
        const t0 = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input'));
        await faqEl.updateComplete;
        searches.push(performance.now() - t0);
      }
      return {
        explainerColdMs: +e1.ms.toFixed(2),
        explainerWarmMs: +e2.ms.toFixed(2),
        faq20ColdMs: +f1.ms.toFixed(2),
        faq20WarmMs: +f2.ms.toFixed(2),
        faq20SearchToResultsMedianMs: +median(searches).toFixed(2),
        faq20SearchToResultsMaxMs: +Math.max(...searches).toFixed(2),
      };
    }, faq20());
  } finally {
    await page.close();
  }
}
