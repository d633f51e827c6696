import { meResponseSchema, type SessionUser } from '@journeyflow/shared/api/auth';
import { z } from 'zod';
import { apiRequest } from './apiRequest';

export type CurrentUser = SessionUser;

/*
 * `GET /api/auth/config` is the login page's own endpoint (server/src/routes/auth.ts); its schema is not
 * in @journeyflow/shared yet, so the answer is checked here against the documented shape.
 */
const authConfigResponseSchema = z.object({
  demo: z.boolean(),
  demoLogins: z.array(z.object({ email: z.string(), role: z.string(), password: z.string() })),
});
export type AuthConfig = z.infer<typeof authConfigResponseSchema>;

export const authKeys = { me: ['auth', 'me'] as const, config: ['auth', 'config'] as const };

export const authApi = {
  me: (signal?: AbortSignal) => apiRequest('/api/auth/me', { schema: meResponseSchema, signal }),
  config: (signal?: AbortSignal) =>
    apiRequest('/api/auth/config', { schema: authConfigResponseSchema, signal }),
  login: (email: string, password: string) =>
    apiRequest('/api/auth/login', { method: 'POST', body: { email, password }, schema: meResponseSchema }),
  logout: () => apiRequest('/api/auth/logout', { method: 'POST', schema: z.unknown() }),
};
