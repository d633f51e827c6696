import { describe, expect, it } from 'vitest';
import { loginRequestSchema, MAX_EMAIL_LENGTH } from './auth';
import { createInvitationRequestSchema } from './invitations';
import { createUserRequestSchema } from './users';

const emailOfLength = (length: number) => `${'a'.repeat(length - '@example.com'.length)}@example.com`;

describe('a user email (login, user creation, invitation)', () => {
  it('is trimmed and lower-cased the same way everywhere', () => {
    expect(loginRequestSchema.parse({ email: ' Kim@Example.com ', password: 'x' }).email).toBe(
      'kim@example.com',
    );
    expect(createInvitationRequestSchema.parse({ email: ' Kim@Example.com ', role: 'marketer' }).email).toBe(
      'kim@example.com',
    );
  });

  it('is refused past the one length cap the web inputs also use', () => {
    const user = { name: 'Kim', role: 'marketer', password: 'long enough' } as const;
    const longest = emailOfLength(MAX_EMAIL_LENGTH);
    const tooLong = emailOfLength(MAX_EMAIL_LENGTH + 1);
    expect(createInvitationRequestSchema.safeParse({ email: longest, role: 'marketer' }).success).toBe(true);
    expect(createInvitationRequestSchema.safeParse({ email: tooLong, role: 'marketer' }).success).toBe(false);
    expect(createUserRequestSchema.safeParse({ ...user, email: longest }).success).toBe(true);
    expect(createUserRequestSchema.safeParse({ ...user, email: tooLong }).success).toBe(false);
    expect(loginRequestSchema.safeParse({ email: tooLong, password: 'x' }).success).toBe(false);
  });
});
