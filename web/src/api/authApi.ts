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

export const authKeys = { me: ['auth', 'me'] as const, config: ['auth', 'config'] as const };

export const authApi = {
  me: (signal?: AbortSignal) => apiRequest('/api/auth/me', { schema: meResponseSchema, signal }),
  config: (signal?: AbortSignal) =>
    apiRequest('/api/auth/config', { schema: authConfigResponseSchema, signal }),
  login: (email: string, password: string) =>
    apiRequest('/api/auth/login', { method: 'POST', body: { email, password }, schema: meResponseSchema }),
  logout: () => apiRequest('/api/auth/logout', { method: 'POST', schema: z.unknown() }),
};
