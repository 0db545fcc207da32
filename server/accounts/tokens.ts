/** Random tokens handed out (session cookies, setup and invite links) and the digests the database keeps of them. */
import { createHash, randomBytes } from 'node:crypto';

export const newToken = (): string => randomBytes(32).toString('base64url');

export const digest = (token: string): string => createHash('sha256').update(token).digest('base64url');
