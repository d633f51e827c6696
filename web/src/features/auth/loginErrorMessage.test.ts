import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { loginErrorMessage } from './loginErrorMessage';

describe('loginErrorMessage', () => {
  it('names wrong credentials, the attempt limit with minutes, and a busy server', () => {
    expect(loginErrorMessage(new ApiError(401, 'unauthorized', 'x'))).toEqual({ key: 'login.failed' });
    expect(
      loginErrorMessage(
        new ApiError(429, 'too_many_attempts', 'x', { retryAfterSeconds: 890, scope: 'account' }),
      ),
    ).toEqual({ key: 'acct.login.tooMany', values: { minutes: 15 } });
    expect(loginErrorMessage(new ApiError(503, 'busy', 'x'))).toEqual({ key: 'acct.error.busy' });
    expect(loginErrorMessage(new ApiError(0, 'network_error', 'offline'))).toBeUndefined();
  });
});
