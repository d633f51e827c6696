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

type SuccessStatus = 200 | 201 | 202 | 204;

/** The JSON body of the route's success answers as the OpenAPI document declares it (`undefined` for 204). */
export type ApiSuccessBody<M extends ApiMethod, P extends ApiPath<M>> =
  ApiOperation<M, P> extends {
    responses: infer Answers;
  }
    ? {
        [Status in keyof Answers & SuccessStatus]: Answers[Status] extends {
          content: { 'application/json': infer Body };
        }
          ? Body
          : undefined;
      }[keyof Answers & SuccessStatus]
    : never;

/** `T` with every property required at every depth: optionality is compared apart from the shapes. */
type DeepRequired<T> = T extends readonly (infer Item)[]
  ? DeepRequired<Item>[]
  : T extends object
    ? { [K in keyof T]-?: DeepRequired<Exclude<T[K], undefined>> }
    : T;

/**
 * `unknown` when some documented success answer of the route fits `Accepted` (what the call's zod schema
 * accepts), a type naming the documented answer otherwise. Routes whose answer depends on the query
 * (a list without `cursor`, a page with it) document a union; the schema has to accept one member.
 * Property optionality is not compared: the document generator marks some always-present properties
 * optional (`z.record` over an enum, `z.unknown()` members).
 */
export type DocumentedAnswerCheck<M extends ApiMethod, P extends ApiPath<M>, Accepted> = [
  ApiSuccessBody<M, P> extends infer Answer
    ? Answer extends unknown
      ? DeepRequired<Answer> extends DeepRequired<Accepted>
        ? Answer
        : never
      : never
    : never,
] extends [never]
  ? { readonly schemaRefusesTheDocumentedAnswer: ApiSuccessBody<M, P> }
  : unknown;
