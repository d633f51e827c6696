import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** A token's signed payload (short keys, `e` in Unix seconds), read as the claims it carries. */
const tokenPayloadSchema = z
  .object({ w: z.string(), c: z.string(), x: z.string(), e: z.number() })
  .transform((p) => ({ workspaceId: p.w, customerId: p.c, externalId: p.x, expiresAt: p.e }));

/** Who an in-app token speaks for; `expiresAt` in Unix seconds. */
export type InappTokenClaims = Readonly<z.output<typeof tokenPayloadSchema>>;

export type InappTokens = {
  issue(claims: Omit<InappTokenClaims, 'expiresAt'>, now?: Date): { token: string; expiresAt: Date };
  /** The claims, or null when the signature is wrong or the token expired. */
  verify(token: string, now?: Date): InappTokenClaims | null;
};

/**
 * Short-lived signed tokens a site's backend asks for (with its API key) and hands to the browser, so a
 * page can read only its own customer's in-app messages. Stateless: HMAC-SHA256 over the claims.
 */
export const createInappTokens = (secretKey: string, ttlSeconds = 3600): InappTokens => {
  const key = Buffer.from(hkdfSync('sha256', secretKey, 'journeyflow', 'inapp-token/v1', 32));
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
  return {
    issue(claims, now = new Date()) {
      const expiresAt = Math.floor(now.getTime() / 1000) + ttlSeconds;
      const signed: z.input<typeof tokenPayloadSchema> = {
        w: claims.workspaceId,
        c: claims.customerId,
        x: claims.externalId,
        e: expiresAt,
      };
      const payload = Buffer.from(JSON.stringify(signed)).toString('base64url');
      return { token: `${payload}.${sign(payload)}`, expiresAt: new Date(expiresAt * 1000) };
    },
    verify(token, now = new Date()) {
      const [payload, signature] = token.split('.');
      if (!payload || !signature) return null;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      try {
        const claims = tokenPayloadSchema.safeParse(
          JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
        );
        if (!claims.success || claims.data.expiresAt * 1000 <= now.getTime()) return null;
        return claims.data;
      } catch {
        return null;
      }
    },
  };
};
