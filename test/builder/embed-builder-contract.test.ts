// The builder's hand list of options (src/builder/model.ts) against the real elements: every value it offers is
// accepted by the widget, and a value outside the list is refused naming that attribute, so the list can't drift.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/builder/index.js';
import { configStore } from '../../src/core/config.js';
import type { M4aErrorEvent } from '../../src/core/dom-events.js';
import { TAGS, WIDGETS } from '../../src/builder/model.js';

/** Mounts `<tag attr=value>` and collects the `field` of every m4a-error it reports while it settles. */
async function fieldsReported(tag: string, attr: string, value: string): Promise<string[]> {
  const fields: string[] = [];
  const el = document.createElement(tag);
  el.addEventListener('m4a-error', (e) => fields.push((e as M4aErrorEvent).detail.field ?? ''));
  el.setAttribute(attr, value);
  const warn = console.warn;
  console.warn = () => {};
  try {
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    console.warn = warn;
    el.remove();
  }
  return fields;
}

describe('embed builder options match the widgets', () => {
  afterEach(() => configStore.reset());

  for (const tag of TAGS) {
    for (const option of WIDGETS[tag].options) {
      if (option.kind !== 'choice' && option.kind !== 'many') continue;
      it(`<${tag} ${option.attr}>: accepts ${option.values.join(', ')} and refuses anything else`, async () => {
        await waitUntil(() => customElements.get(tag));
        for (const value of option.values) {
          expect(await fieldsReported(tag, option.attr, value), `${option.attr}="${value}"`).to.not.include(
            option.attr,
          );
        }
        if (option.kind === 'many')
          expect(await fieldsReported(tag, option.attr, option.values.join(','))).to.not.include(option.attr);
        expect(await fieldsReported(tag, option.attr, 'not-a-value')).to.include(option.attr);
      });
    }
  }

  it('<m4a-event-list zip> and <m4a-program-explainer cta-href> refuse what the builder refuses', async () => {
    expect(await fieldsReported('m4a-event-list', 'zip', '53703')).to.not.include('zip');
    expect(await fieldsReported('m4a-event-list', 'zip', '5370')).to.include('zip');
    const el = document.createElement('m4a-program-explainer');
    el.setAttribute('cta-text', 'Join');
    const fields: string[] = [];
    el.addEventListener('m4a-error', (e) => fields.push((e as M4aErrorEvent).detail.field ?? ''));
    el.setAttribute('cta-href', 'javascript:alert(1)');
    const warn = console.warn;
    console.warn = () => {};
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    console.warn = warn;
    el.remove();
    expect(fields).to.include('cta-href');
  });

  it('every option is an attribute its element observes', () => {
    for (const tag of TAGS) {
      const ctor = customElements.get(tag) as unknown as { observedAttributes: string[] };
      for (const option of WIDGETS[tag].options) expect(ctor.observedAttributes, tag).to.include(option.attr);
    }
  });
});
