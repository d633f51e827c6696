import type { paths } from './openapi.gen';

/** The methods the web client uses, as the OpenAPI document spells them. */
export type ApiMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Every documented path that answers `method` (e.g. `ApiPath<'delete'>` → `'/api/journeys/{id}' | …`). */
export type ApiPath<M extends ApiMethod> = {
  [P in keyof paths]: paths[P][M] extends { parameters: unknown } ? P : never;
}[keyof paths];

/** The operation `method path` of the server's OpenAPI document. */
export type ApiOperation<M extends ApiMethod, P extends ApiPath<M>> = NonNullable<paths[P][M]>;

type Parameters<Op> = Op extends { parameters: infer Each } ? Each : never;

/** `{ path: { id } }` when the route has path parameters, nothing otherwise. */
type PathPart<Op> =
  Parameters<Op> extends { path: infer Values } ? { readonly path: Values } : { readonly path?: never };

/** `query`: required when the route requires one, optional when it takes one, absent otherwise. */
type QueryPart<Op> =
  Parameters<Op> extends { query: infer Values }
    ? { readonly query: Values }
    : Parameters<Op> extends { query?: infer Values }
      ? [NonNullable<Values>] extends [never]
        ? { readonly query?: never }
        : { readonly query?: Values }
      : { readonly query?: never };

/** The JSON body the route declares (required or optional as declared), or none. */
type BodyPart<Op> = Op extends { requestBody: { content: { 'application/json': infer Body } } }
  ? { readonly body: Body }
  : Op extends { requestBody?: { content: { 'application/json': infer Body } } }
    ? { readonly body?: Body }
    : { readonly body?: never };

/** What a call of `method path` must carry besides its response schema. */
export type ApiRequestParts<M extends ApiMethod, P extends ApiPath<M>> = PathPart<ApiOperation<M, P>> &
  QueryPart<ApiOperation<M, P>> &
  BodyPart<ApiOperation<M, P>>;
