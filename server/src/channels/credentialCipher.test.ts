import { describe, expect, it } from 'vitest';
import { createCredentialCipher } from './credentialCipher';

const KEY = 'unit-test-secret-key-0123456789abcdef';

describe('credentialCipher (AES-256-GCM)', () => {
  it('round-trips and never contains the plaintext; each encryption is different', () => {
    const cipher = createCredentialCipher(KEY);
    const a = cipher.encrypt('{"apiSecret":"s3cret"}', 'ws_1:sms');
    const b = cipher.encrypt('{"apiSecret":"s3cret"}', 'ws_1:sms');
    expect(a).toMatch(/^v1\./);
    expect(a).not.toContain('s3cret');
    expect(a).not.toBe(b);
    expect(cipher.decrypt(a, 'ws_1:sms')).toBe('{"apiSecret":"s3cret"}');
  });

  it('refuses another key, another row (AAD) and tampering', () => {
    const sealed = createCredentialCipher(KEY).encrypt('secret', 'ws_1:sms');
    expect(() => createCredentialCipher(`${KEY}x`).decrypt(sealed, 'ws_1:sms')).toThrow();
    expect(() => createCredentialCipher(KEY).decrypt(sealed, 'ws_2:sms')).toThrow();
    const parts = sealed.split('.');
    const tampered = [...parts.slice(0, 3), `${parts[3]!.slice(0, -2)}AA`].join('.');
    expect(() => createCredentialCipher(KEY).decrypt(tampered, 'ws_1:sms')).toThrow();
  });
});
