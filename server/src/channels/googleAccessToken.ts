import { createHash, createSign } from 'node:crypto';
import type { OutboundClient, OutboundResponse } from '../http/outbound/outboundClient';
import { findOutboundError } from '../http/outbound/outboundError';
import type { GoogleServiceAccount } from './providerConfig';

/** The OAuth2 scope FCM HTTP v1 requires. */
export const FCM_SCOPE = 'https://www.googleapis.com/auth/firebase.messaging';

/** A token-endpoint failure, with whether trying again later could help (throttling, 5xx, network). */
export class AccessTokenError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'AccessTokenError';
  }
}

type CachedToken = { readonly token: string; readonly expiresAt: number };

/** Tokens are reused until five minutes before they expire (Google issues them for an hour). */
const REFRESH_MARGIN_MS = 5 * 60_000;
const cache = new Map<string, CachedToken>();
const pending = new Map<string, Promise<CachedToken>>();

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** The signed JWT of the OAuth2 JWT-bearer grant (RFC 7523), RS256 with the service account's key. */
export function serviceAccountAssertion(account: GoogleServiceAccount, scope: string, nowMs: number): string {
  const iat = Math.floor(nowMs / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = base64url(
    JSON.stringify({ iss: account.client_email, scope, aud: account.token_uri, iat, exp: iat + 3600 }),
  );
  const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(account.private_key);
  return `${header}.${claims}.${base64url(signature)}`;
}

async function exchange(
  account: GoogleServiceAccount,
  scope: string,
  nowMs: number,
  outbound: OutboundClient,
): Promise<CachedToken> {
  let response: OutboundResponse;
  try {
    // token_uri comes from the pasted key file: it goes through the outbound guard like any endpoint.
    response = await outbound.request(account.token_uri, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion: serviceAccountAssertion(account, scope, nowMs),
      }).toString(),
      timeoutMs: 15_000,
    });
  } catch (error) {
    // A guard refusal keeps its code (networkFailure reads it); anything else is a transient outage.
    if (findOutboundError(error)) throw error;
    throw new AccessTokenError(`token endpoint unreachable: ${String(error)}`, true);
  }
  const text = response.text();
  if (!response.ok)
    throw new AccessTokenError(
      `token endpoint answered HTTP ${response.status}: ${text.slice(0, 300)}`,
      response.status === 429 || response.status >= 500,
    );
  const body = JSON.parse(text) as { access_token?: string; expires_in?: number };
  if (!body.access_token) throw new AccessTokenError('token endpoint answered without access_token', true);
  return { token: body.access_token, expiresAt: nowMs + (body.expires_in ?? 3600) * 1000 };
}

/**
 * An OAuth2 access token for a service account, minted with the JWT-bearer grant and shared by every
 * adapter in this process until shortly before it expires; concurrent callers share one exchange.
 */
export async function serviceAccountAccessToken(
  account: GoogleServiceAccount,
  scope: string,
  outbound: OutboundClient,
  nowMs: number = Date.now(),
): Promise<string> {
  const key = createHash('sha256')
    .update(`${account.token_uri}\n${account.client_email}\n${account.private_key}\n${scope}`)
    .digest('hex');
  const cached = cache.get(key);
  if (cached && cached.expiresAt - REFRESH_MARGIN_MS > nowMs) return cached.token;
  let inflight = pending.get(key);
  if (!inflight) {
    inflight = exchange(account, scope, nowMs, outbound).finally(() => pending.delete(key));
    pending.set(key, inflight);
  }
  const fresh = await inflight;
  cache.set(key, fresh);
  return fresh.token;
}
