import { z } from 'zod';
import { normalizePhone } from '../compliance/normalizePhone';
import { isoTimestampSchema, listResponseSchema } from './common';

/** Korean phone numbers as given: digits with optional `-`, spaces or a `+82` prefix. */
export const phoneNumberSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9\s-]{6,19}$/, 'Enter a phone number such as 010-1234-5678');

/** Normalizes `+82 10-1234-5678` and `010 1234 5678` to `01012345678`, the form opt-outs are matched in. */
export function normalizePhoneNumber(phone: string): string {
  return normalizePhone(phone) ?? phone.replace(/\D/g, '');
}

/** `POST /api/optouts`: numbers that refused ads through the workspace's 080 line. */
export const optoutRequestSchema = z.object({
  phones: z.array(phoneNumberSchema).min(1).max(100_000),
});
export type OptoutRequest = z.infer<typeof optoutRequestSchema>;

export const optoutResponseSchema = z.object({
  /** Numbers newly recorded (already known ones are not counted twice). */
  added: z.number().int(),
  total: z.number().int(),
});
export type OptoutResponse = z.infer<typeof optoutResponseSchema>;

export const optoutSchema = z.object({ phone: z.string(), createdAt: isoTimestampSchema });
export type Optout = z.infer<typeof optoutSchema>;
export const optoutListResponseSchema = listResponseSchema(optoutSchema);
