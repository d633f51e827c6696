import { roleSchema } from '@journeyflow/shared/api/auth';
import { z } from 'zod';

/** `GET /api/auth/config`: what the login page shows; demo logins only in demo mode (SPEC §10). */
export const authConfigResponseSchema = z.object({
  demo: z.boolean(),
  demoLogins: z.array(z.object({ email: z.string(), role: roleSchema, password: z.string() })),
});
