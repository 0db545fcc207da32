/**
 * The audit log: who (an account id), when, what (an action and the account or event it concerns), and counts or
 * destination names as detail. Callers pass no visitor's personal data; the detail type admits only numbers,
 * booleans, short identifiers and lists of them.
 */
import type { Q } from '../db/index.js';
import { newId } from '../db/ids.js';

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'setup',
  'invite-created',
  'invite-accepted',
  'role-changed',
  'account-disabled',
  'account-enabled',
  'password-changed',
  'totp-enabled',
  'totp-disabled',
  'setting-changed',
  'export',
  'person-deleted',
  'spam-marked',
  'forwarding-retried',
  'forwarding-paused',
  'forwarding-resumed',
  'event-created',
  'event-updated',
  'event-withdrawn',
  'rsvps-exported',
  'import-run',
  'targets-replaced',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditDetail = Record<string, number | boolean | string | string[] | null>;

export interface AuditEntry {
  id: string;
  at: string;
  actor: string | null;
  action: AuditAction;
  target: string | null;
  detail: AuditDetail;
}

export async function audit(
  q: Q,
  now: Date,
  entry: { actor: string | null; action: AuditAction; target?: string | null; detail?: AuditDetail },
): Promise<void> {
  await q
    .insertInto('console_audit')
    .values({
      id: newId(now.getTime()),
      at: now.toISOString(),
      actor: entry.actor,
      action: entry.action,
      target: entry.target ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

/** Newest first; `before` (an entry id) pages back. */
export async function auditPage(q: Q, limit: number, before?: string): Promise<AuditEntry[]> {
  const rows = await q
    .selectFrom('console_audit')
    .selectAll()
    .$if(before !== undefined, (s) => s.where('id', '<', before!))
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, action: r.action as AuditAction, detail: JSON.parse(r.detail) as AuditDetail }));
}
