import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { checkPasswordForm, passwordChangeProblem } from './passwordForm';

describe('checkPasswordForm', () => {
  it('accepts a complete, matching form', () => {
    expect(
      checkPasswordForm({ currentPassword: 'old-one', newPassword: 'new-secret', confirm: 'new-secret' }),
    ).toEqual([]);
  });

  it('names each field to fix', () => {
    expect(checkPasswordForm({ currentPassword: '', newPassword: 'short', confirm: 'other' })).toEqual([
      { field: 'currentPassword', key: 'acct.error.currentRequired' },
      { field: 'newPassword', key: 'acct.error.tooShort' },
      { field: 'confirm', key: 'acct.error.mismatch' },
    ]);
    const long = 'x'.repeat(201);
    expect(checkPasswordForm({ currentPassword: 'old-one', newPassword: long, confirm: long })).toEqual([
      { field: 'newPassword', key: 'acct.error.tooLong' },
    ]);
    expect(
      checkPasswordForm({ currentPassword: 'same-one', newPassword: 'same-one', confirm: 'same-one' }),
    ).toEqual([{ field: 'newPassword', key: 'acct.error.sameAsCurrent' }]);
  });
});

describe('passwordChangeProblem', () => {
  it('maps the server codes to fields and messages', () => {
    expect(
      passwordChangeProblem(
        new ApiError(422, 'validation_failed', 'x', {
          issues: [{ path: 'body.currentPassword', code: 'wrong_password', message: 'wrong' }],
        }),
      ),
    ).toEqual({ field: 'currentPassword', key: 'acct.error.wrongPassword' });
    expect(
      passwordChangeProblem(
        new ApiError(429, 'too_many_attempts', 'x', { retryAfterSeconds: 61, scope: 'account' }),
      ),
    ).toEqual({ field: 'form', key: 'acct.error.tooMany', values: { minutes: 2 } });
    expect(passwordChangeProblem(new ApiError(503, 'busy', 'x'))).toEqual({
      field: 'form',
      key: 'acct.error.busy',
    });
    expect(passwordChangeProblem(new ApiError(0, 'network_error', 'x'))).toEqual({
      field: 'form',
      key: 'acct.error.failed',
    });
  });
});
