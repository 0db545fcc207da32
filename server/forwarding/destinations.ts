/**
 * Where stored signups are forwarded: Action Network (person signup helper) and a generic webhook. Each destination
 * only builds the HTTP request; the forwarder (forwarder.ts) sends it, retries it and records the outcome.
 */
import { createHmac } from 'node:crypto';
import type { SignupSettings } from '../signups/settings.js';
import type { SignupRecord } from '../signups/store.js';

export const DESTINATIONS = ['action-network', 'webhook'] as const;
export type DestinationName = (typeof DESTINATIONS)[number];

export interface Destination {
  name: DestinationName;
  request(record: SignupRecord, now: Date): { url: string; init: RequestInit };
}

const USER_AGENT = 'm4a-widgets-signups/1';

/**
 * The person signup helper body. `status: 'subscribed'` is sent only with the visitor's opt-in: Action Network
 * subscribes new people to email by default, and adds phones to the SMS list only when told to.
 */
export function actionNetworkBody(record: SignupRecord, tags: readonly string[]) {
  return {
    person: {
      ...(record.givenName ? { given_name: record.givenName } : {}),
      ...(record.familyName ? { family_name: record.familyName } : {}),
      email_addresses: [{ address: record.email, ...(record.emailOptIn ? { status: 'subscribed' } : {}) }],
      ...(record.phone
        ? { phone_numbers: [{ number: record.phone, ...(record.smsOptIn ? { status: 'subscribed' } : {}) }] }
        : {}),
      postal_addresses: [{ postal_code: record.zip }],
    },
    // Interest ids ride along as tags: Action Network ignores names that are not existing tags, so an organizer
    // opts in by creating tags named like the choices (e.g. `canvass`).
    add_tags: [...new Set([...tags, ...record.interests])],
  };
}

/** `sha256=<hex>` over `<timestamp>.<body>`, the value of `X-M4A-Signature`. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function destinationsFor(settings: SignupSettings): Destination[] {
  const list: Destination[] = [];
  const an = settings.actionNetwork;
  if (an) {
    list.push({
      name: 'action-network',
      request: (record) => ({
        url: an.url,
        init: {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'OSDI-API-Token': an.key, 'User-Agent': USER_AGENT },
          body: JSON.stringify(actionNetworkBody(record, an.tags)),
        },
      }),
    });
  }
  const hook = settings.webhook;
  if (hook) {
    list.push({
      name: 'webhook',
      request: (record, now) => {
        const body = JSON.stringify({ event: 'signup.created', signup: record });
        const headers: Record<string, string> = {
          'Content-Type': 'application/json',
          'User-Agent': USER_AGENT,
          'X-M4A-Event': 'signup.created',
          // Same value on every retry of the same signup, so the receiver can drop repeats.
          'Idempotency-Key': record.id,
        };
        if (hook.secret) {
          const timestamp = String(Math.floor(now.getTime() / 1000));
          headers['X-M4A-Timestamp'] = timestamp;
          headers['X-M4A-Signature'] = webhookSignature(hook.secret, timestamp, body);
        }
        return { url: hook.url, init: { method: 'POST', headers, body } };
      },
    });
  }
  return list;
}
