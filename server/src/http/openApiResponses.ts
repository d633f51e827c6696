import { apiErrorSchema } from '@journeyflow/shared/api/errors';
import type { z } from 'zod';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: apiErrorSchema } },
});

/** The error answers every authenticated JSON route can give, for the OpenAPI document. */
export const commonErrorResponses = {
  400: error('Malformed JSON (`bad_request`)'),
  401: error('Not signed in (`unauthorized`)'),
  403: error('Role, CSRF or self-approval refusal (`forbidden`, `self_approval`)'),
  404: error('Unknown id, or an id of another workspace (`not_found`)'),
  413: error('Body larger than the limit (`payload_too_large`)'),
  415: error('Body is not JSON (`unsupported_media_type`)'),
  422: error('Request failed its schema (`validation_failed`)'),
} as const;

export const rateLimitedResponse = { 429: error('Too many failed attempts (`rate_limited`)') } as const;

/** Routes that check a password: attempt budgets (429) and the bounded hashing queue (503), with Retry-After. */
export const passwordCheckResponses = {
  429: error('Too many sign-in attempts for the account or address (`too_many_attempts`)'),
  503: error('Every password-hashing slot is busy (`busy`)'),
} as const;

export const goneResponse = {
  410: error('Expired, used or revoked (`invitation_invalid`, `code_expired`)'),
} as const;

export const conflictResponse = {
  409: error('`stale_revision`, `invalid_transition` or `conflict`'),
} as const;

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T, required = true) => ({
  required,
  content: { 'application/json': { schema } },
});

/** A route's 200 answer with a JSON body. */
export const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  200: jsonContent(schema, description),
});

/** A route's 201 answer with a JSON body. */
export const created = <T extends z.ZodType>(schema: T, description: string) => ({
  201: jsonContent(schema, description),
});

/** A route's 204 answer (no body). */
export const noContent = (description: string) => ({ 204: { description } });
