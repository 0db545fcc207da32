/** Shared by the <m4a-signup-form> test files: a fresh fake signup endpoint per test, and ways to fill the form. */
import { waitUntil } from '@open-wc/testing';
import type { M4aSignupForm } from '../../../src/elements/signup-form/signup-form.js';
import type { SignupInput } from '../../../src/shared/schemas/signup.js';

export interface BucketLog {
  requests: { key: string; body: SignupInput }[];
  created: string[];
}

let n = 0;

/** A stateful fake endpoint (test/support/fake-backends.mjs): counts requests and created rows per idempotency key. */
export function signupBucket() {
  const url = `/fake/signups/form-${Date.now()}-${++n}/`;
  return {
    url,
    mode: (mode: {
      mode: 'up' | 'down' | 'offline' | 'refuse';
      status?: number;
      delayMs?: number;
      fields?: { path: string; message: string }[];
    }) => fetch(`${url}_mode`, { method: 'PUT', body: JSON.stringify(mode) }),
    log: async () => (await (await fetch(`${url}_log`)).json()) as BucketLog,
  };
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)] as T[];
export const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

export function type(el: Element, id: string, value: string): void {
  const input = el.shadowRoot!.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function check(el: Element, id: string, on = true): void {
  const input = el.shadowRoot!.getElementById(id) as HTMLInputElement;
  input.checked = on;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Fills the default form with a valid signup. */
export function fillValid(
  el: Element,
  over: Partial<Record<'givenName' | 'familyName' | 'email' | 'phone' | 'zip', string>> = {},
): void {
  const v = { givenName: 'Ana', familyName: 'Pérez', email: 'ana@example.org', phone: '', zip: '53703', ...over };
  for (const [id, value] of Object.entries(v)) type(el, id, value);
}

export async function submit(el: M4aSignupForm): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

/** Waits until the form shows the `queued` or `sent` panel. */
export async function panel(el: M4aSignupForm, kind: 'queued' | 'sent', timeout = 5000): Promise<HTMLElement> {
  await waitUntil(() => $(el, `.panel.${kind}`), `the ${kind} panel`, { timeout });
  await el.updateComplete;
  return $<HTMLElement>(el, `.panel.${kind}`)!;
}

/** Records the widget events that reach `document`. */
export function recordEvents(types: string[]) {
  const seen: { type: string; detail: Record<string, unknown> }[] = [];
  const on = (e: Event) =>
    seen.push({ type: e.type, detail: (e as Event & { detail: Record<string, unknown> }).detail });
  for (const t of types) document.addEventListener(t, on);
  return { seen, stop: () => types.forEach((t) => document.removeEventListener(t, on)) };
}
