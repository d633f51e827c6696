import type { z } from 'zod';
import type { ApiMethod, ApiPath, ApiRequestParts, DocumentedAnswerCheck } from './apiOperation';
import { apiRequest } from './apiRequest';
import { buildApiUrl } from './apiUrl';

/** A call of `method path`: its parameters and body as the OpenAPI document declares them, and the answer's schema. */
export type ApiCallOptions<M extends ApiMethod, P extends ApiPath<M>, S extends z.ZodType> = ApiRequestParts<
  M,
  P
> & {
  /**
   * Validates the answer (a shared zod schema); the returned value is typed from it. A schema that cannot
   * accept the answer the OpenAPI document declares is a compile error.
   */
  readonly schema: AnswerSchema<S & DocumentedAnswerCheck<M, P, z.input<S>>>;
  readonly signal?: AbortSignal;
};

/**
 * The schema, or a loader of its chunk: a request can then leave before the schema's code has arrived
 * (the editor's journey is requested from the first-load chunk, issue #15).
 */
type AnswerSchema<S> = S | (() => Promise<S>);

const HTTP_METHOD = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE' } as const;

const caller =
  <M extends ApiMethod>(method: M) =>
  <P extends ApiPath<M>, S extends z.ZodType>(
    path: P,
    options: ApiCallOptions<M, P, S>,
  ): Promise<z.output<S>> =>
    apiRequest(buildApiUrl(path, options.path, options.query), {
      method: HTTP_METHOD[method],
      body: options.body,
      schema: options.schema,
      signal: options.signal,
    });

/**
 * The typed JSON API: paths, methods, path/query parameters and bodies are checked against the server's
 * OpenAPI document (`openapi.gen.ts`), answers against the shared zod schema each call names.
 * `api.get('/api/journeys/{id}', { path: { id }, schema: journeyViewSchema, signal })`.
 */
export const api = {
  get: caller('get'),
  post: caller('post'),
  put: caller('put'),
  patch: caller('patch'),
  delete: caller('delete'),
};
