import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { commonErrorResponses } from './openApiResponses';

type RouteMethod = 'get' | 'put' | 'delete' | 'post' | 'patch';
type Responses = RouteConfig['responses'];
type RequestParts = NonNullable<RouteConfig['request']>;
const REQUEST_PARTS = ['params', 'query', 'headers', 'cookies', 'body'] as const;

/** What one route states of itself; the tag, the common error answers and the `request` wrapper come from `routeOf`. */
export type RouteSpec = RequestParts & {
  /** The operation's longer text, below its summary. */
  description?: string;
  /** The route's own answers, usually `ok(...)`, `created(...)` or `noContent(...)`. */
  responses: Responses;
  /** Error answers beyond the common ones (`conflictResponse`, `goneResponse`, …). */
  errors?: Responses;
  /** `false` for the few routes that answer before any check (health, login page configuration, widget script). */
  commonErrors?: false;
};

type RequestOf<S extends RouteSpec> = Pick<S, Extract<keyof S, (typeof REQUEST_PARTS)[number]>>;
type ErrorsOf<S extends RouteSpec, F extends Responses> = (S extends { commonErrors: false }
  ? unknown
  : typeof commonErrorResponses & F) &
  (S extends { errors: infer E } ? E : unknown);

/** The `createRoute` config a spec stands for: exactly the types the handler's `c.req.valid` and `c.json` read. */
type DeclaredRoute<M extends RouteMethod, P extends string, S extends RouteSpec, F extends Responses> = {
  method: M;
  path: P;
  tags: string[];
  summary: string;
  description?: string;
  request: RequestOf<S>;
  responses: S['responses'] & ErrorsOf<S, F>;
};

/**
 * The routes a router file declares under one OpenAPI tag: `const route = routeOf('segments')`, then
 * `route.get('/segments/{id}', 'One segment', { params: idParamSchema, responses: ok(segmentSchema, 'Segment') })`.
 * Each route states only its own request parts and answers; the common error answers, and `fileErrors` when
 * every route of the file can give more (`conflictResponse`), are added to each.
 * Method and path stay literal types, so the typed client (`hc`) still knows each route.
 */
// biome-ignore lint/complexity/noBannedTypes: no further error answers by default
export const routeOf = <const F extends Responses = {}>(tag: string, fileErrors?: F) => {
  const declare =
    <const M extends RouteMethod>(method: M) =>
    <const P extends string, const S extends RouteSpec>(path: P, summary: string, spec: S) => {
      const { description, responses, errors, commonErrors, ...rest } = spec;
      const request = Object.fromEntries(
        REQUEST_PARTS.filter((part) => rest[part] !== undefined).map((part) => [part, rest[part]]),
      );
      const config = {
        method,
        path,
        tags: [tag],
        summary,
        ...(description === undefined ? {} : { description }),
        ...(Object.keys(request).length > 0 ? { request } : {}),
        responses: {
          ...responses,
          ...(commonErrors === false ? {} : { ...commonErrorResponses, ...fileErrors }),
          ...errors,
        },
      } as DeclaredRoute<M, P, S, F>;
      return createRoute(config);
    };
  return {
    get: declare('get'),
    post: declare('post'),
    put: declare('put'),
    patch: declare('patch'),
    delete: declare('delete'),
  };
};
