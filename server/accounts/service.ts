/**
 * Console accounts: the setup link and the owner it creates, invites, sign-in (password, throttling, second
 * factor), and the owner's changes to accounts. Every change writes its audit entry in the same transaction.
 */
import { transaction, type Db } from '../db/index.js';
import { newId } from '../db/ids.js';
import { Conflict, Forbidden, InvalidInput, NotFound } from '../errors.js';
import { audit } from './audit.js';
import { createLink, liveLink, spendLink, type LinkInfo } from './links.js';
import { DUMMY_HASH, hashPassword, PASSWORD_MESSAGES, passwordProblem, verifyPassword } from './passwords.js';
import type { Role } from './roles.js';
import { createSession, endSessionsOf } from './sessions.js';
import { SETUP_LINK_MS } from './settings.js';
import { accountKey, addressKey, clearAccountFailures, recordFailure, throttledFor } from './throttle.js';
import { totpStep } from './totp.js';
import { activeOwners, normalEmail, publicUser, updateUser, userByEmail, userById, type ConsoleUser } from './users.js';

const REQUIRE_TOTP_KEY = 'console.require_totp';

async function checkedPassword(password: string, account: { email: string; name: string }): Promise<string> {
  const problem = passwordProblem(password, account);
  if (problem)
    throw new InvalidInput('weak_password', PASSWORD_MESSAGES[problem], [
      { path: 'password', message: PASSWORD_MESSAGES[problem], code: problem },
    ]);
  return hashPassword(password);
}

/** A new setup link when no owner exists yet, else nothing: printed by main.ts at start. */
export async function setupLinkIfNoOwner(db: Db, now: Date): Promise<{ token: string; expiresAt: string } | undefined> {
  if ((await activeOwners(db.kysely)) > 0) return undefined;
  return createLink(db.kysely, {
    kind: 'setup',
    role: 'owner',
    createdBy: null,
    nowMs: now.getTime(),
    lifetimeMs: SETUP_LINK_MS,
  });
}

export const describeLink = (db: Db, token: string, now: Date): Promise<LinkInfo> =>
  liveLink(db.kysely, token, now.getTime());

export interface NewAccount {
  token: string;
  email: string;
  name: string;
  password: string;
}

/** Spends a setup or invite link on a new account and opens its first session. */
export async function acceptLink(db: Db, input: NewAccount, now: Date) {
  const nowMs = now.getTime();
  const email = normalEmail(input.email);
  // A cheap refusal first: without a live link nobody gets the server to spend a memory-hard hash.
  await liveLink(db.kysely, input.token, nowMs);
  const passwordHash = await checkedPassword(input.password, { email, name: input.name });
  return transaction(db, async (q) => {
    const link = await liveLink(q, input.token, nowMs);
    if (link.kind === 'setup' && (await activeOwners(q)) > 0) {
      throw new Conflict('link_invalid', 'This server already has an owner. Ask them for an invite.');
    }
    if (await userByEmail(q, email)) throw new Conflict('account_exists', 'An account with this email exists already.');
    if (!(await spendLink(q, input.token, nowMs))) throw new Conflict('link_invalid', 'This link was just used.');
    const id = newId(nowMs);
    await q
      .insertInto('console_users')
      .values({
        id,
        email,
        name: input.name.trim(),
        role: link.role,
        password_hash: passwordHash,
        totp_secret: null,
        totp_pending: null,
        totp_last_step: null,
        disabled_at: null,
        created_at: now.toISOString(),
      })
      .execute();
    await audit(q, now, {
      actor: id,
      action: link.kind === 'setup' ? 'setup' : 'invite-accepted',
      target: id,
      detail: { role: link.role },
    });
    const session = await createSession(q, id, nowMs);
    return { ...session, user: publicUser((await userById(q, id))!) };
  });
}

export type SignInResult =
  | { ok: true; token: string; csrf: string; user: ConsoleUser }
  | { ok: false; reason: 'throttled'; retryAfterMs: number }
  | { ok: false; reason: 'wrong' | 'totp_required' };

/**
 * Checks the password (and the TOTP code when the account has one). Unknown accounts, disabled ones and wrong
 * passwords answer alike and take as long; each failure counts against the account and the address.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; code?: string | undefined; address: string },
  now: Date,
): Promise<SignInResult> {
  const nowMs = now.getTime();
  const keys = { account: accountKey(input.email), address: addressKey(input.address) };
  const wait = await throttledFor(db.kysely, nowMs, keys);
  if (wait > 0) return { ok: false, reason: 'throttled', retryAfterMs: wait };
  const row = await userByEmail(db.kysely, input.email);
  const passwordOk = await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH);
  const fail = async (reason: 'wrong' | 'totp_required', counted: boolean): Promise<SignInResult> => {
    if (counted) {
      await transaction(db, async (q) => {
        await recordFailure(q, nowMs, keys);
        await audit(q, now, { actor: row?.id ?? null, action: 'sign-in-failed', detail: { known: row !== undefined } });
      });
    }
    return { ok: false, reason };
  };
  if (!row || !passwordOk || row.disabled_at !== null) return fail('wrong', true);
  if (row.totp_secret) {
    if (!input.code) return fail('totp_required', false);
    const step = await totpStep(row.totp_secret, input.code, now);
    if (step === undefined || (row.totp_last_step !== null && step <= row.totp_last_step)) return fail('wrong', true);
    await updateUser(db.kysely, row.id, { totp_last_step: step });
  }
  return transaction(db, async (q) => {
    await clearAccountFailures(q, keys.account);
    await audit(q, now, { actor: row.id, action: 'sign-in' });
    return { ok: true as const, ...(await createSession(q, row.id, nowMs)), user: publicUser(row) };
  });
}

export async function totpRequired(db: Db): Promise<boolean> {
  const row = await db.kysely.selectFrom('meta').select('value').where('key', '=', REQUIRE_TOTP_KEY).executeTakeFirst();
  return row?.value === '1';
}

export async function setTotpRequired(db: Db, actor: string, required: boolean, now: Date): Promise<void> {
  await transaction(db, async (q) => {
    const value = required ? '1' : '0';
    await q
      .insertInto('meta')
      .values({ key: REQUIRE_TOTP_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    await audit(q, now, { actor, action: 'setting-changed', detail: { requireTotp: required } });
  });
}

/** The owner changes an account's role or enables/disables it; the last enabled owner cannot demote or lock out itself. */
export async function changeAccount(
  db: Db,
  actor: string,
  id: string,
  change: { role?: Role | undefined; disabled?: boolean | undefined },
  now: Date,
): Promise<ConsoleUser> {
  return transaction(db, async (q) => {
    const row = await userById(q, id);
    if (!row) throw new NotFound('not_found', 'No such account.');
    const losesOwner =
      row.role === 'owner' && row.disabled_at === null && ((change.role && change.role !== 'owner') || change.disabled);
    if (losesOwner && (await activeOwners(q)) <= 1) {
      throw new Conflict('last_owner', 'This is the only owner: make another account owner first.');
    }
    if (change.role && change.role !== row.role) {
      await updateUser(q, id, { role: change.role });
      await audit(q, now, { actor, action: 'role-changed', target: id, detail: { from: row.role, to: change.role } });
    }
    if (change.disabled !== undefined && change.disabled !== (row.disabled_at !== null)) {
      await updateUser(q, id, { disabled_at: change.disabled ? now.toISOString() : null });
      await audit(q, now, { actor, action: change.disabled ? 'account-disabled' : 'account-enabled', target: id });
    }
    // A role taken away must not live on in open sessions.
    if (change.role || change.disabled) await endSessionsOf(q, id);
    return publicUser((await userById(q, id))!);
  });
}

export async function changePassword(
  db: Db,
  user: { id: string; email: string; name: string; password_hash: string },
  input: { current: string; password: string; keepSession: string },
  now: Date,
): Promise<void> {
  if (!(await verifyPassword(input.current, user.password_hash))) {
    const message = 'The current password is not right.';
    throw new Forbidden('wrong_password', message, [{ path: 'current', message, code: 'wrong_password' }]);
  }
  const hash = await checkedPassword(input.password, user);
  await transaction(db, async (q) => {
    await updateUser(q, user.id, { password_hash: hash });
    await endSessionsOf(q, user.id, input.keepSession);
    await audit(q, now, { actor: user.id, action: 'password-changed', target: user.id });
  });
}

export async function createInvite(db: Db, actor: string, role: Role, now: Date, lifetimeMs: number) {
  return transaction(db, async (q) => {
    const link = await createLink(q, { kind: 'invite', role, createdBy: actor, nowMs: now.getTime(), lifetimeMs });
    await audit(q, now, { actor, action: 'invite-created', detail: { role } });
    return link;
  });
}
