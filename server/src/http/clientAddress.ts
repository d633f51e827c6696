import type { Context } from 'hono';
import { resolveClientAddress, TRUST_NO_PROXY, type TrustProxy } from './trustProxy';

/**
 * The client's address: the socket peer (@hono/node-server puts the Node request in `c.env.incoming`),
 * or, behind proxies named by `JOURNEYFLOW_TRUST_PROXY`, the address they report in `X-Forwarded-For`.
 */
export const clientAddress = (c: Context, trust: TrustProxy = TRUST_NO_PROXY): string => {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const socketAddress = env?.incoming?.socket?.remoteAddress;
  if (!socketAddress) return 'local';
  return resolveClientAddress(socketAddress, c.req.header('x-forwarded-for'), trust);
};
