import { randomBytes } from 'node:crypto';

/** Id generation port: prefixed, sortable enough for humans, unique across workers. */
export type Ids = {
  newId(prefix: string): string;
};

// 128 random bits a id, as 32 hex digits, read from a pool refilled 256 ids at a time: a step batch asks for
// several ids a run (trace lines, messages), and formatting a UUID and stripping its dashes cost more than this.
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let offset = POOL_BYTES;

function randomHex128(): string {
  if (offset + 16 > pool.length) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const hex = pool.toString('hex', offset, offset + 16);
  offset += 16;
  return hex;
}

export const randomIds: Ids = {
  newId: (prefix) => `${prefix}_${randomHex128()}`,
};
