/** The second factor: TOTP (RFC 6238, 30-second steps, 6 digits) through otplib, with a step of clock drift allowed. */
import { generateSecret, generateURI, verify } from 'otplib';

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, account: string): string =>
  generateURI({ issuer: 'm4a-widgets console', label: account, secret });

/** The time step the code belongs to, or undefined when the code is wrong. */
export async function totpStep(secret: string, code: string, now: Date): Promise<number | undefined> {
  if (!/^\d{6}$/.test(code)) return undefined;
  const result = await verify({ secret, token: code, epoch: Math.floor(now.getTime() / 1000), epochTolerance: 30 });
  return result.valid && 'timeStep' in result ? (result.timeStep as number) : undefined;
}
