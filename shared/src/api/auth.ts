import { z } from 'zod';

export const roleSchema = z.enum(['marketer', 'reviewer', 'admin']);
export type Role = z.infer<typeof roleSchema>;

/** Longer passwords are refused (422) at login, user creation and change: scrypt's cost grows with input. */
export const MAX_PASSWORD_LENGTH = 200;

/** The longest email address accepted anywhere (RFC 5321's 64-character local part + @ + 255-character domain). */
export const MAX_EMAIL_LENGTH = 320;

/** A user's email as sign-in, user creation and invitations take it: trimmed, lower-cased (login is by email). */
export const userEmailSchema = z
  .string()
  .max(MAX_EMAIL_LENGTH)
  .trim()
  .toLowerCase()
  .pipe(z.email('Enter a valid email address'));

export const loginRequestSchema = z.object({
  email: userEmailSchema,
  password: z.string().min(1, 'Enter your password').max(MAX_PASSWORD_LENGTH),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The signed-in user, as `GET /api/auth/me` and login answer. */
export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  workspaceId: z.string(),
  workspaceName: z.string(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const meResponseSchema = z.object({ user: sessionUserSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;
export const loginResponseSchema = meResponseSchema;
export type LoginResponse = MeResponse;

/** `GET /api/auth/config`: what the login page shows; demo logins only in demo mode (SPEC §10). */
export const authConfigResponseSchema = z.object({
  demo: z.boolean(),
  demoLogins: z.array(z.object({ email: z.string(), role: roleSchema, password: z.string() })),
  /** Base of tracked short links (`JOURNEYFLOW_PUBLIC_URL`), so the editor counts SMS bytes as sent. */
  publicUrl: z.string().optional(),
});
export type AuthConfig = z.infer<typeof authConfigResponseSchema>;
