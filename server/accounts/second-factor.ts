/** Enrolling and removing an account's authenticator (TOTP): a secret is only kept once a code from it is confirmed. */
import { transaction, type Db } from '../db/index.js';
import { InvalidInput } from '../errors.js';
import { audit } from './audit.js';
import { newTotpSecret, totpStep, totpUri } from './totp.js';
import { updateUser, userById, type UserRow } from './users.js';

export async function startTotp(db: Db, user: UserRow): Promise<{ secret: string; uri: string }> {
  const secret = newTotpSecret();
  await updateUser(db.kysely, user.id, { totp_pending: secret });
  return { secret, uri: totpUri(secret, user.email) };
}

export async function confirmTotp(db: Db, userId: string, code: string, now: Date): Promise<void> {
  await transaction(db, async (q) => {
    const user = await userById(q, userId);
    const step = user?.totp_pending ? await totpStep(user.totp_pending, code, now) : undefined;
    if (!user || step === undefined) {
      throw new InvalidInput('wrong_code', 'That code is not right: type the 6 digits your app shows now.', [
        { path: 'code', message: 'Type the 6 digits your authenticator app shows now.', code: 'wrong_code' },
      ]);
    }
    await updateUser(q, userId, { totp_secret: user.totp_pending, totp_pending: null, totp_last_step: step });
    await audit(q, now, { actor: userId, action: 'totp-enabled', target: userId });
  });
}

/** The owner resets someone's authenticator (lost phone), or an account removes its own. */
export async function removeTotp(db: Db, actor: string, userId: string, now: Date): Promise<void> {
  await transaction(db, async (q) => {
    await updateUser(q, userId, { totp_secret: null, totp_pending: null, totp_last_step: null });
    await audit(q, now, { actor, action: 'totp-disabled', target: userId });
  });
}
