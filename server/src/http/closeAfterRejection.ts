import type { MiddlewareHandler } from 'hono';

const hasBody = (headers: Headers) =>
  Number(headers.get('content-length') ?? 0) > 0 || headers.has('transfer-encoding');

/**
 * A request refused before its body was read (413 while reading it, 401/403/404/415 before reading it)
 * leaves the rest of the body on a keep-alive socket; a client reusing that socket would have its next
 * request read as garbage or cut off. `Connection: close` tells the client not to reuse it, and Node closes
 * it after the answer.
 */
export const closeAfterRejection = (): MiddlewareHandler => async (c, next) => {
  await next();
  if (c.res.status < 400 || !hasBody(c.req.raw.headers)) return;
  if (c.res.status === 413 || !c.req.raw.bodyUsed) c.res.headers.set('Connection', 'close');
};
