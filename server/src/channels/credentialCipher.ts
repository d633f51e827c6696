import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** AES-256-GCM for channel credentials at rest. */
export type CredentialCipher = {
  /** `v1.<iv>.<tag>.<ciphertext>` (base64url); `context` (e.g. `workspace:channel`) is bound as AAD. */
  encrypt(plaintext: string, context: string): string;
  decrypt(sealed: string, context: string): string;
};

/**
 * Derives a dedicated key from JOURNEYFLOW_SECRET_KEY with HKDF, so the same secret can also sign in-app
 * tokens without the two uses sharing key material. The AAD binds a ciphertext to its row: secrets copied
 * to another workspace's row fail to decrypt.
 */
export const createCredentialCipher = (secretKey: string): CredentialCipher => {
  const key = Buffer.from(hkdfSync('sha256', secretKey, 'journeyflow', 'channel-credentials/v1', 32));
  return {
    encrypt(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return ['v1', iv, tag, ciphertext]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    decrypt(sealed, context) {
      const [version, iv, tag, ciphertext] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || ciphertext === undefined)
        throw new Error('Unreadable credential');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
};
