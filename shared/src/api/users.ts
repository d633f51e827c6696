import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, roleSchema, userEmailSchema } from './auth';
import { isoTimestampSchema, listResponseSchema } from './common';

export const passwordSchema = z.string().min(8, 'Use at least 8 characters').max(MAX_PASSWORD_LENGTH);

export const createUserRequestSchema = z.object({
  email: userEmailSchema,
  name: z.string().trim().min(1, 'Enter a name').max(200),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** `PATCH /api/users/:id`: change the role or deactivate. */
export const updateUserRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    role: roleSchema.optional(),
    active: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Change at least one field');
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  active: z.boolean(),
  workspaceId: z.string(),
  createdAt: isoTimestampSchema,
});
export type User = z.infer<typeof userSchema>;
export const userListResponseSchema = listResponseSchema(userSchema);
