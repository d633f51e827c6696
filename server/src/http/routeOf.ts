type RouteMethod = 'get' | 'put' | 'delete' | 'post' | 'patch';

/**
 * The head of every route a router file declares under one OpenAPI tag: `const route = routeOf('segments')`,
 * then `createRoute({ ...route('get', '/segments/{id}', 'One segment'), request, responses })`. Method and
 * path stay literal types, so the typed client (`hc`) still knows each route.
 */
export const routeOf =
  (tag: string) =>
  <const M extends RouteMethod, const P extends string>(method: M, path: P, summary: string) => ({
    method,
    path,
    tags: [tag],
    summary,
  });
