import { describe, expect, it } from 'vitest';
import { DUMMY_PASSWORD_HASH, hashPassword, passwordHashingGate, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('journeyflow');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain('journeyflow');
    await expect(verifyPassword('journeyflow', stored)).resolves.toBe(true);
    await expect(verifyPassword('journeyflow ', stored)).resolves.toBe(false);
  });

  it('verifies a hash with the cost it records, whatever the cost of new hashes', async () => {
    const cheaper = await hashPassword('journeyflow', { N: 1024, r: 8, p: 1 });
    expect(cheaper).toMatch(/^scrypt\$1024\$8\$1\$/);
    await expect(verifyPassword('journeyflow', cheaper)).resolves.toBe(true);
    await expect(verifyPassword('journeyflow!', cheaper)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses malformed hashes and the dummy hash', async () => {
    await expect(verifyPassword('x', 'plain')).resolves.toBe(false);
    await expect(verifyPassword('', DUMMY_PASSWORD_HASH)).resolves.toBe(false);
  });

  it('answers an unknown account after about a verification time, through the same gate', async () => {
    const stored = await hashPassword('journeyflow');
    await verifyPassword('journeyflow', stored);
    const started = performance.now();
    const pending = verifyPassword('journeyflow', undefined);
    expect(passwordHashingGate.active).toBe(1);
    await expect(pending).resolves.toBe(false);
    expect(performance.now() - started).toBeGreaterThan(5);
  });

  it('refuses a burst beyond the gate with busy instead of queueing without bound', async () => {
    // Unknown-account checks hold a slot as long as a real one but burn no CPU, which keeps this test quick.
    const burst = Array.from({ length: 20 }, () => verifyPassword('x', undefined));
    const settled = await Promise.allSettled(burst);
    const busy = settled.filter((s) => s.status === 'rejected' && s.reason.code === 'busy');
    expect(busy.length).toBeGreaterThan(0);
    expect(settled.filter((s) => s.status === 'fulfilled').length).toBeGreaterThan(0);
    expect(passwordHashingGate.active).toBe(0);
  });
});
