import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Prefixes make ids self-describing in logs and URLs (`jrn_…` is a journey, `usr_…` a user). */
export type IdPrefix = 'ws' | 'usr' | 'ses' | 'key' | 'jrn' | 'jver' | 'apr' | 'cmt' | 'aud';

/** 20 random base-36 characters (~103 bits): unguessable, URL-safe, sortable only by chance. */
export const newId = (prefix: IdPrefix | (string & {})): string => {
  const bytes = randomBytes(20);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % 36];
  return `${prefix}_${out}`;
};
