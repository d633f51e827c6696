import type { z } from 'zod';
import { ApiError } from './ApiError';
import { observeJourneyNow } from './journeyClock';
import { localizeApiError } from './localizeApiError';

export type ApiRequestOptions<S extends z.ZodType> = {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  /**
   * Validates the response; the returned value is typed from it. May be given as a loader of the schema's
   * chunk, so a request can leave before the schema's code has arrived (the editor's journey, issue #15).
   */
  readonly schema: S | (() => Promise<S>);
  readonly signal?: AbortSignal;
};

/** Listeners told about 401 answers, so the app can send the user to /login. */
const unauthorizedListeners = new Set<() => void>();

export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function readErrorBody(body: unknown): { code: string; message: string; details?: unknown } | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
  if (typeof code !== 'string') return undefined;
  return { code, message: typeof message === 'string' ? message : code, details };
}

/**
 * Calls the JSON API with the session cookie. Mutations carry `X-Requested-With: journeyflow`, which the
 * server requires of cookie-authenticated writes (CSRF). Responses are checked against `schema`.
 */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  options: ApiRequestOptions<S>,
): Promise<z.output<S>> {
  const method = options.method ?? 'GET';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      signal: options.signal,
      headers: {
        Accept: 'application/json',
        'X-Requested-With': 'journeyflow',
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    const english = 'The server cannot be reached. Check your connection.';
    throw new ApiError(0, 'network_error', localizeApiError('network_error', english), undefined, english);
  }
  observeJourneyNow(response.headers.get('X-Journey-Now'));
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    if (response.status === 401) for (const listener of unauthorizedListeners) listener();
    const error = readErrorBody(body);
    const code = error?.code ?? `http_${response.status}`;
    const english = error?.message ?? (response.statusText || `Request failed (${response.status})`);
    throw new ApiError(
      response.status,
      code,
      localizeApiError(code, english, error?.details),
      error?.details,
      english,
    );
  }
  const schema = typeof options.schema === 'function' ? await options.schema() : options.schema;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'invalid_response',
      `Unexpected answer from ${method} ${path}: ${parsed.error.issues[0]?.message ?? 'invalid shape'}`,
      parsed.error.issues,
    );
  }
  return parsed.data;
}
