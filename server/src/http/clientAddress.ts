import type { Context } from 'hono';

/** The peer's address on a real socket (@hono/node-server puts the Node request in `c.env.incoming`). */
export const clientAddress = (c: Context): string => {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
};
