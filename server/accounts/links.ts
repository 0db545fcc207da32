/**
 * One-time links: the setup link (creates the owner; 24 hours) and invite links (an account of a given role;
 * 7 days). The link carries a random token; the database keeps its digest. A link is spent in the same transaction
 * that creates the account, so two people racing with one link make one account.
 */
import type { Q } from '../db/index.js';
import { Conflict } from '../errors.js';
import type { Role } from './roles.js';
import { digest, newToken } from './tokens.js';

export type LinkKind = 'setup' | 'invite';

export interface LinkInfo {
  kind: LinkKind;
  role: Role;
  expiresAt: string;
}

export async function createLink(
  q: Q,
  link: { kind: LinkKind; role: Role; createdBy: string | null; nowMs: number; lifetimeMs: number },
): Promise<{ token: string; expiresAt: string }> {
  const token = newToken();
  const expires = link.nowMs + link.lifetimeMs;
  await q
    .insertInto('console_links')
    .values({
      token_hash: digest(token),
      kind: link.kind,
      role: link.role,
      created_by: link.createdBy,
      created_ms: link.nowMs,
      expires_ms: expires,
      used_ms: null,
    })
    .execute();
  return { token, expiresAt: new Date(expires).toISOString() };
}

/** What a live link offers; a Conflict (`link_invalid`) for unknown, used or expired ones, all said alike. */
export async function liveLink(q: Q, token: string, nowMs: number): Promise<LinkInfo> {
  const row = await q
    .selectFrom('console_links')
    .selectAll()
    .where('token_hash', '=', digest(token))
    .where('used_ms', 'is', null)
    .where('expires_ms', '>', nowMs)
    .executeTakeFirst();
  if (!row) throw new Conflict('link_invalid', 'This link is unknown, already used or expired. Ask for a new one.');
  return { kind: row.kind as LinkKind, role: row.role as Role, expiresAt: new Date(row.expires_ms).toISOString() };
}

/** Marks the link used; false when another request spent it first. */
export async function spendLink(q: Q, token: string, nowMs: number): Promise<boolean> {
  const result = await q
    .updateTable('console_links')
    .set({ used_ms: nowMs })
    .where('token_hash', '=', digest(token))
    .where('used_ms', 'is', null)
    .where('expires_ms', '>', nowMs)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Invites not yet used nor expired, for the owner's list (the tokens themselves are not kept). */
export async function pendingInvites(q: Q, nowMs: number) {
  const rows = await q
    .selectFrom('console_links')
    .select(['role', 'created_by', 'created_ms', 'expires_ms'])
    .where('kind', '=', 'invite')
    .where('used_ms', 'is', null)
    .where('expires_ms', '>', nowMs)
    .orderBy('created_ms')
    .execute();
  return rows.map((r) => ({
    role: r.role as Role,
    createdBy: r.created_by,
    createdAt: new Date(r.created_ms).toISOString(),
    expiresAt: new Date(r.expires_ms).toISOString(),
  }));
}
