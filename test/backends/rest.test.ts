import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import * as z from 'zod/mini';
import { createRestBackend } from '../../src/backends/rest.js';
import { createStaticBackend } from '../../src/backends/static.js';
import { registerBuiltInBackends } from '../../src/backends/index.js';
import { M4aElement } from '../../src/core/base-element.js';
import { WidgetError } from '../../src/core/errors.js';
import { Content, type ExplainerContent } from '../../src/shared/schemas/content.js';

const rest = (url: string, timeoutMs?: number) =>
  createRestBackend({ type: 'rest', url, ...(timeoutMs ? { timeoutMs } : {}) });

async function failure(p: Promise<unknown>): Promise<WidgetError> {
  try {
    await p;
  } catch (err) {
    expect(err).to.be.instanceOf(WidgetError);
    return err as WidgetError;
  }
  throw new Error('expected a failure');
}

// `backend-url` names the built-in rest type, which the entry points register (here: as they would).
registerBuiltInBackends();

describe('rest backend', () => {
  it('builds contract URLs relative to the configured base and sends the idempotency key', async () => {
    const b = rest('/fake/echo/api');
    const events = (await b.listEvents!({ types: ['canvass', 'rally'], zip: '53703' } as never)) as unknown as {
      path: string;
      queryAll: string[][];
    };
    expect(events.path).to.equal('/api/events');
    expect(events.queryAll).to.deep.equal([
      ['types', 'canvass'],
      ['types', 'rally'],
      ['zip', '53703'],
    ]);
    const signup = (await b.submitSignup!({ email: 'a@b.org', zip: '53703' } as never, {
      idempotencyKey: 'key-123456',
    })) as unknown as {
      method: string;
      idempotencyKey: string;
      body: unknown;
    };
    expect(signup).to.deep.include({ method: 'POST', idempotencyKey: 'key-123456' });
    expect(signup.body).to.deep.equal({ email: 'a@b.org', zip: '53703' });
    const rsvp = (await b.submitRsvp!({ eventId: 'ev/1', email: 'a@b.org' } as never)) as unknown as { path: string };
    expect(rsvp.path).to.equal('/api/events/ev%2F1/rsvps');
  });

  it('types failures: HTTP status, field errors, rate limit, invalid JSON, offline, timeout, abort', async () => {
    expect((await failure(rest('/fake/status/503').getContent!('faq', 'en'))).extra.status).to.equal(503);
    const validation = await failure(rest('/fake/status/400').submitSignup!({ email: 'x', zip: '1' } as never));
    expect(validation.kind).to.equal('validation');
    expect(validation.extra.fields?.[0]?.path).to.equal('email');
    const limited = await failure(rest('/fake/status/429').getContent!('faq', 'en'));
    expect(limited.kind).to.equal('rate-limited');
    expect(limited.extra.retryAfterMs).to.equal(2000);
    expect((await failure(rest('/fake/garbage').getContent!('faq', 'en'))).kind).to.equal('invalid-response');
    expect((await failure(rest('http://127.0.0.1:9/api').getContent!('faq', 'en'))).kind).to.equal('offline');
    expect((await failure(rest('/fake/slow/3000/api', 1000).getContent!('faq', 'en'))).kind).to.equal('timeout');
    const controller = new AbortController();
    const pending = rest('/fake/slow/2000/api').getContent!('faq', 'en', { signal: controller.signal });
    controller.abort();
    expect((await failure(pending)).kind).to.equal('aborted');
    expect(new WidgetError('http', 'x', { status: 503 }).retryable).to.equal(true);
    expect(new WidgetError('http', 'x', { status: 404 }).retryable).to.equal(false);
  });
});

describe('static backend', () => {
  it('reads content files by kind and language', async () => {
    const b = createStaticBackend({ type: 'static', url: '/fake/files/static' });
    const content = Content.parse(await b.getContent!('explainer', 'es')) as ExplainerContent;
    expect(content.items[0]!.id).to.equal('one-program');
    expect(b.submitSignup).to.equal(undefined);
  });
});

class TestCaller extends M4aElement {
  callContent(signal?: AbortSignal) {
    return this.call(Content, 'getContent', (b, s) => b.getContent?.('explainer', 'en', { signal: s }), signal);
  }
  callSignup() {
    return this.call(z.unknown(), 'submitSignup', (b) => b.submitSignup?.({ email: 'a@b.org', zip: '53703' } as never));
  }
}
customElements.define('test-caller', TestCaller);

describe('M4aElement.call', () => {
  it('validates responses with the schema and names the bad field', async () => {
    const ok = await fixture<TestCaller>(html`<test-caller backend-url="/fake/files/api"></test-caller>`);
    expect(((await ok.callContent()) as ExplainerContent).items).to.have.length(1);
    const bad = await fixture<TestCaller>(html`<test-caller backend-url="/fake/echo/api"></test-caller>`);
    const err = await failure(bad.callContent());
    expect(err.kind).to.equal('invalid-response');
    expect(err.extra.field).to.equal('kind');
  });

  it('says "unsupported" when the backend lacks the method, and "config" when there is none', async () => {
    const el = await fixture<TestCaller>(html`<test-caller></test-caller>`);
    expect((await failure(el.callContent())).kind).to.equal('config');
    const { registerBackend } = await import('../../src/core/registry.js');
    registerBackend('read-only', () => ({ getContent: async () => ({}) as never }));
    const { configStore } = await import('../../src/core/config.js');
    configStore.configure({ backends: { ro: { type: 'read-only' } } });
    await el.updateComplete;
    expect((await failure(el.callSignup())).kind).to.equal('unsupported');
    configStore.reset();
  });

  it('aborts requests when the element leaves the page', async () => {
    const el = await fixture<TestCaller>(html`<test-caller backend-url="/fake/slow/2000/api"></test-caller>`);
    const pending = el.callContent();
    el.remove();
    expect((await failure(pending)).kind).to.equal('aborted');
  });

  it('is a LitElement', () => expect(new TestCaller()).to.be.instanceOf(LitElement));
});
