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

/** `count` ids shaped like `newId`, drawn from one random buffer (bulk imports: far faster than a loop). */
export const newIds = (prefix: IdPrefix | (string & {}), count: number): string[] => {
  const bytes = randomBytes(20 * count);
  for (let j = 0; j < bytes.length; j++) bytes[j] = ALPHABET.charCodeAt(bytes[j]! % 36);
  const ids: string[] = new Array(count);
  for (let i = 0; i < count; i++) ids[i] = `${prefix}_${bytes.toString('latin1', i * 20, i * 20 + 20)}`;
  return ids;
};
