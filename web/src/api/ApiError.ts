/** An error answered by the API (`{ error: { code, message, details? } }`) or a network/shape failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** The server's English message as sent (for logs and integrators); `message` is in the reader's language. */
  readonly serverMessage: string;

  constructor(status: number, code: string, message: string, details?: unknown, serverMessage = message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.serverMessage = serverMessage;
  }

  /** True for errors the user caused and can fix (validation, conflict, permission), not outages. */
  get isUserError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
