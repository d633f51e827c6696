import type { ErrorCode } from '@journeyflow/shared/api/errors';

/** The API's one error shape: `{ error: { code, message, details? } }` (SPEC §7). */
export type ErrorBody = {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly details?: unknown };
};

export const errorBody = (code: ErrorCode, message: string, details?: unknown): ErrorBody => ({
  error: details === undefined ? { code, message } : { code, message, details },
});
