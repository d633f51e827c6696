import { createHash } from 'node:crypto';

/** A number in [0, 100) that depends only on `key`: the same run always lands in the same split branch. */
export function stableBucket(key: string): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) % 100;
}
