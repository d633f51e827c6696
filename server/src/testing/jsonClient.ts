import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../auth/csrfProtection';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field in tests
type LooseJson = any;

export type JsonResponse<T = LooseJson> = {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
};

export type JsonClient = {
  request<T = LooseJson>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<JsonResponse<T>>;
  get<T = LooseJson>(path: string): Promise<JsonResponse<T>>;
  post<T = LooseJson>(path: string, body?: unknown): Promise<JsonResponse<T>>;
  put<T = LooseJson>(path: string, body?: unknown): Promise<JsonResponse<T>>;
  patch<T = LooseJson>(path: string, body?: unknown): Promise<JsonResponse<T>>;
  delete<T = LooseJson>(path: string): Promise<JsonResponse<T>>;
};

/** Sends one request: `app.request` in the process, or `fetch` to a server on a socket. */
export type SendRequest = (path: string, init: RequestInit) => Promise<Response>;

/**
 * A caller of the API as the web client is one: the CSRF header, the session cookie once signed in, JSON
 * bodies out and, when they parse, JSON answers in (others, such as the HTML page, stay text).
 */
export const jsonClient = (send: SendRequest, cookie?: string): JsonClient => {
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await send(path, {
      method,
      headers: {
        [CSRF_HEADER]: CSRF_HEADER_VALUE,
        ...(cookie ? { cookie } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text.
    }
    return { status: response.status, body: parsed as LooseJson, headers: response.headers };
  };
  return {
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    patch: (path, body) => request('PATCH', path, body),
    delete: (path) => request('DELETE', path),
  };
};
