/**
 * Event list figures for `npm run bench`, measured in headless Chromium against the drop-in served by the reference
 * server:
 * - time from adding `<m4a-event-list>` to 1,000 event cards in the DOM and painted (cold: the element's chunk is
 *   fetched; warm: a second instance), for `list` and `compact` views;
 * - time from a filter change (a type checkbox clicked) to the updated list being painted (median over several).
 *
 * Events come from an in-page JavaScript backend (1,000 events over four time zones, a third with HTML
 * descriptions), so the figures measure the widget (validation, time labels, sanitizing, rendering), not the
 * network. The page itself is synthetic (served through Playwright's request routing on the server's origin);
 * `/dist` is real. `bench()` returns the figures and prints nothing.
 */

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/m4a-widgets.js"></script></head><body></body></html>`;

const TYPES = ['canvass', 'phone-bank', 'town-hall', 'panel', 'rally', 'meeting', 'training', 'other'];
const ZONES = [
  ['America/Chicago', 'Madison', 'WI', '53703', 43.07, -89.38],
  ['America/New_York', 'Albany', 'NY', '12207', 42.65, -73.75],
  ['America/Los_Angeles', 'Oakland', 'CA', '94612', 37.8, -122.27],
  ['America/Phoenix', 'Phoenix', 'AZ', '85004', 33.45, -112.07],
];

/** 1,000 upcoming events in the contract's shape, starting tomorrow, six hours apart. */
function events(now) {
  const pad = (n) => String(n).padStart(2, '0');
  const iso = (ms, offsetMin) => {
    const d = new Date(ms + offsetMin * 60_000);
    const sign = offsetMin < 0 ? '-' : '+';
    const o = Math.abs(offsetMin);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00${sign}${pad(Math.trunc(o / 60))}:${pad(o % 60)}`;
  };
  const offsetOf = (ms, timeZone) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
        .formatToParts(ms)
        .map((p) => [p.type, Number(p.value)]),
    );
    return Math.round((Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - Math.floor(ms / 60_000) * 60_000) / 60_000);
  };
  const first = Math.ceil(now / 3_600_000) * 3_600_000 + 86_400_000;
  return Array.from({ length: 1000 }, (_, i) => {
    const [timezone, locality, region, postalCode, lat, lng] = ZONES[i % ZONES.length];
    const start = first + i * 6 * 3_600_000;
    const end = start + 2 * 3_600_000;
    const online = i % 5 === 0;
    const type = TYPES[i % TYPES.length];
    const text = `Join neighbors for a ${type.replace('-', ' ')} about the Medicare for All Act. We'll share how guaranteed, ` +
      `lifelong coverage would work, answer questions, and plan next steps together. Bring a friend; snacks provided. Event ${i + 1}.`;
    return {
      id: `bench:${i}:${start / 1000}`,
      source: 'static',
      title: `${type[0].toUpperCase()}${type.slice(1).replace('-', ' ')} for Medicare for All #${i + 1}`,
      type,
      start: iso(start, offsetOf(start, timezone)),
      end: iso(end, offsetOf(end, timezone)),
      timezone,
      online,
      ...(online ? {} : { location: { venue: `Community Center ${i + 1}`, addressLines: [`${100 + i} Main St`], locality, region, postalCode, lat, lng } }),
      description: i % 3 === 0 ? `<p>${text}</p><ul><li>Free</li><li>Accessible</li></ul>` : text,
      ...(i % 2 === 0 ? { url: `https://www.mobilize.us/example/event/${i}/`, rsvp: 'link' } : { rsvp: 'none' }),
      capacity: 40,
      full: i % 17 === 0,
      accessibility: { status: 'accessible' },
    };
  });
}

/** @param {{ browser: import('playwright-core').Browser, baseUrl: string }} context */
export async function bench({ browser, baseUrl }) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  try {
    const url = `${baseUrl}/__bench-event-list.html`;
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
    await page.goto(url);
    await page.waitForFunction(() => !!window.M4A);
    return await page.evaluate(async (all) => {
      /** A macrotask without timer clamping. */
      const tick = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      const until = async (cond) => { while (!cond()) await tick(); };
      /** After the next frame is painted. */
      const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

      window.M4A.registerBackend('bench-events', () => ({
        // Every match in one page: the list renders all 1,000 at once.
        listEvents: async (query) => ({
          events: all.filter((e) => !query.types?.length || query.types.includes(e.type)).map((e) => ({ ...e })),
          next: null,
        }),
      }));
      window.M4A.configure({ backends: { bench: { type: 'bench-events' } } });

      const cards = (el) => el.shadowRoot?.querySelectorAll('.events article').length ?? 0;
      const idle = (el) => !el.shadowRoot?.querySelector('.events[aria-busy="true"]');

      async function mount(attrs, expected) {
        const t0 = performance.now();
        const el = document.createElement('m4a-event-list');
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        document.body.append(el);
        await until(() => cards(el) === expected);
        const dom = performance.now() - t0;
        await painted();
        return { el, dom, painted: performance.now() - t0 };
      }

      const cold = await mount({ 'url-sync': 'off', 'time-zone': 'America/Chicago' }, all.length);
      cold.el.remove();
      const warm = await mount({ 'url-sync': 'off', 'time-zone': 'America/Chicago' }, all.length);
      const compact = await mount({ 'url-sync': 'off', view: 'compact', 'time-zone': 'America/Chicago' }, all.length);
      compact.el.remove();

      // Filter changes on the warm list: one type on, then off again, for several types.
      const el = warm.el;
      const times = [];
      for (const type of ['canvass', 'rally', 'meeting', 'training']) {
        for (const on of [true, false]) {
          const expected = on ? all.filter((e) => e.type === type).length : all.length;
          const box = el.shadowRoot.querySelector(`input[name="types"][value="${type}"]`);
          const t0 = performance.now();
          box.click();
          await until(() => idle(el) && cards(el) === expected);
          await painted();
          times.push(performance.now() - t0);
        }
      }
      el.remove();
      return {
        events: all.length,
        render1000ColdMs: Math.round(cold.painted),
        render1000WarmDomMs: Math.round(warm.dom),
        render1000WarmPaintedMs: Math.round(warm.painted),
        render1000CompactPaintedMs: Math.round(compact.painted),
        filterChangeMedianMs: Math.round(median(times)),
        filterChangeMaxMs: Math.round(Math.max(...times)),
      };
    }, events(Date.now()));
  } finally {
    await page.close();
  }
}
