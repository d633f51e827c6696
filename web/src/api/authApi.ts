import type { ChangePasswordRequest } from '@journeyflow/shared/api/account';
import {
  type AuthConfig,
  authConfigResponseSchema,
  meResponseSchema,
  type SessionUser,
} from '@journeyflow/shared/api/auth';
import { z } from 'zod';
import { apiRequest } from './apiRequest';

export type CurrentUser = SessionUser;

export type { AuthConfig };

export const authApi = {
  me: (signal?: AbortSignal) => apiRequest('/api/auth/me', { schema: meResponseSchema, signal }),
  config: (signal?: AbortSignal) =>
    apiRequest('/api/auth/config', { schema: authConfigResponseSchema, signal }),
  login: (email: string, password: string) =>
    apiRequest('/api/auth/login', { method: 'POST', body: { email, password }, schema: meResponseSchema }),
  logout: () => apiRequest('/api/auth/logout', { method: 'POST', schema: z.unknown() }),
  /** Ends every session of the user, this one included. */
  logoutAll: () => apiRequest('/api/auth/logout-all', { method: 'POST', schema: z.unknown() }),
  /** Other sessions are signed out; this one stays. */
  changePassword: (body: ChangePasswordRequest) =>
    apiRequest('/api/auth/password', { method: 'POST', body, schema: z.unknown() }),
};
