/**
 * Console passwords: at least 12 characters, not one of the common passwords people pick, stored as scrypt (a
 * memory-hard KDF from node:crypto) with a random salt and its cost in the stored string, compared in constant time.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** 2^15 × 8 × 128 bytes = 32 MiB per hash: OWASP's scrypt floor is 2^17 × 8 with p=1 at 128 MiB; this is the
 * minimum it lists for N=2^15 (r=8, p=3 is its equivalent row), kept at p=3 to stay within a small server's memory. */
const COST = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: 96 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, COST);
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of nothing anyone knows: checked when the account does not exist, so both answers take as long. */
export const DUMMY_HASH = await hashPassword(randomBytes(18).toString('base64url'));

// zxcvbn-ts's list of ~49,000 common passwords (from leaked-password corpora), lower-cased.
const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'like_account';

/** Why a new password is refused, or undefined when it may be used. */
export function passwordProblem(
  password: string,
  account: { email: string; name?: string },
): PasswordProblem | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  // "password123456" or "qwertyqwerty!" are common passwords with a few characters added.
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (COMMON.has(lower) || COMMON.has(core) || new Set(lower).size < 4) return 'common';
  const local = account.email.toLowerCase().split('@')[0] ?? '';
  const name = (account.name ?? '').toLowerCase().replace(/\s+/g, '');
  if ((local.length >= 4 && lower.includes(local)) || (name.length >= 4 && lower.includes(name))) return 'like_account';
  return undefined;
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
  too_long: `Use at most ${MAX_PASSWORD_LENGTH} characters.`,
  common: 'That password is one of the most common ones; choose a less guessable one.',
  like_account: 'The password contains your email or name; choose another.',
};
