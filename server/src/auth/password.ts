import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHashingGate } from './hashingGate';

const KEY_LENGTH = 32;
const MAXMEM = 64 * 1024 * 1024;

/** scrypt's cost; each hash records its own, so a verification uses the cost the hash was made with. */
export type ScryptCost = { readonly N: number; readonly r: number; readonly p: number };

// N = 2^15 costs ~30–100 ms per hash here: slow enough for offline guessing, fast enough for logins.
const PASSWORD_COST: ScryptCost = { N: 32_768, r: 8, p: 1 };

/** One gate per process, because the thread pool it protects is per process too. */
export const passwordHashingGate = createHashingGate();

/** Moving average of real verifications, so a made-up email waits about as long as a real one. */
let typicalVerifyMs = 50;

const derive = (password: string, salt: Buffer, options: ScryptOptions, length: number) =>
  new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });

/** Derives in a gate slot and feeds the moving average the unknown-email path waits for. */
const gatedDerive = (password: string, salt: Buffer, options: ScryptOptions, length: number) =>
  passwordHashingGate.run(async () => {
    const started = performance.now();
    const key = await derive(password, salt, options, length);
    typicalVerifyMs = 0.8 * typicalVerifyMs + 0.2 * (performance.now() - started);
    return key;
  });

/**
 * `scrypt$N$r$p$salt$hash` (base64url), so the cost can be raised later without breaking old hashes.
 * Every account gets the production cost; only test fixtures pass a lower one.
 */
export const hashPassword = async (password: string, cost: ScryptCost = PASSWORD_COST): Promise<string> => {
  const salt = randomBytes(16);
  const key = await gatedDerive(password, salt, { ...cost, maxmem: MAXMEM }, KEY_LENGTH);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
};

/**
 * Checks `password` against a stored hash. With no hash (unknown email) it spends the typical
 * verification time in a gate slot without running scrypt: the answer takes as long, queues the same way,
 * and costs no CPU or pool thread however many made-up emails arrive.
 */
export const verifyPassword = async (password: string, stored: string | undefined): Promise<boolean> => {
  if (stored === undefined) {
    await passwordHashingGate.run(() => sleep(typicalVerifyMs));
    return false;
  }
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await gatedDerive(
    password,
    Buffer.from(salt, 'base64url'),
    { N: Number(n), r: Number(r), p: Number(p), maxmem: MAXMEM },
    expected.length,
  );
  return key.length === expected.length && timingSafeEqual(key, expected);
};

/** A hash no password matches (for accounts that must never sign in). */
export const DUMMY_PASSWORD_HASH = `scrypt$${PASSWORD_COST.N}$${PASSWORD_COST.r}$${PASSWORD_COST.p}$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(KEY_LENGTH).toString('base64url')}`;
