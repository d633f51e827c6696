import type { ChangePasswordRequest } from '@journeyflow/shared/api/account';
import {
  type AuthConfig,
  authConfigResponseSchema,
  meResponseSchema,
  type SessionUser,
} from '@journeyflow/shared/api/auth';
import { z } from 'zod';
import { api } from './api';

export type CurrentUser = SessionUser;

export type { AuthConfig };

export const authApi = {
  me: (signal?: AbortSignal) => api.get('/api/auth/me', { schema: meResponseSchema, signal }),
  config: (signal?: AbortSignal) => api.get('/api/auth/config', { schema: authConfigResponseSchema, signal }),
  login: (email: string, password: string) =>
    api.post('/api/auth/login', { body: { email, password }, schema: meResponseSchema }),
  logout: () => api.post('/api/auth/logout', { schema: z.unknown() }),
  /** Ends every session of the user, this one included. */
  logoutAll: () => api.post('/api/auth/logout-all', { schema: z.unknown() }),
  /** Other sessions are signed out; this one stays. */
  changePassword: (body: ChangePasswordRequest) =>
    api.post('/api/auth/password', { body, schema: z.unknown() }),
};
