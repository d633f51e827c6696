import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Journeyflow-Signature';
export const TIMESTAMP_HEADER = 'X-Journeyflow-Timestamp';

/** `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>` — the timestamp is signed so replays can be refused. */
export const signWebhook = (secret: string, timestamp: number, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** What a receiver does: recompute, compare in constant time, and reject stale timestamps. */
export const verifyWebhookSignature = (
  secret: string,
  headers: { readonly signature: string | undefined; readonly timestamp: string | undefined },
  body: string,
  nowSeconds: number = Math.floor(Date.now() / 1000),
  toleranceSeconds = 300,
): boolean => {
  const timestamp = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(timestamp)) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
};
