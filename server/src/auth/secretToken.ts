import { createHash, randomBytes } from 'node:crypto';

/** A random bearer secret (session cookie or API key body): 32 bytes, base64url. */
export const newSecretToken = (): string => randomBytes(32).toString('base64url');

/**
 * Tokens are stored only as sha256: they are random and long, so a fast hash is enough and lookups
 * stay one indexed equality.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
