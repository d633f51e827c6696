import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from './auth';
import { passwordSchema } from './users';

/** `POST /api/auth/password`: change your own password; other sessions are signed out. */
export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(MAX_PASSWORD_LENGTH),
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
