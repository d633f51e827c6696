import { Agent, type Dispatcher, request } from 'undici';
import { createGuardedLookup, resolveAllowed } from './guardedLookup';
import { findOutboundError, OutboundError } from './outboundError';
import { normalizeHost, type OutboundPolicy, parseAddress } from './outboundPolicy';

/** Provider answers are small JSON documents; a megabyte is far beyond any of them. */
export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

export type OutboundRequest = {
  readonly method?: 'GET' | 'POST' | 'PUT';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** For the whole exchange: every redirect hop and reading the body. */
  readonly timeoutMs: number;
  /** A body longer than this fails with `outbound_too_large` as soon as the next byte arrives. */
  readonly maxBytes?: number;
  /** Keep the first `maxBytes` and drop the rest instead of failing (answers read only for a message). */
  readonly truncate?: boolean;
  /** 0 returns a redirect answer as it is (webhooks); otherwise each hop is checked like the first. */
  readonly maxRedirects?: number;
};

export type OutboundResponse = {
  readonly status: number;
  readonly ok: boolean;
  /** The URL that answered (after redirects). */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
  text(): string;
};

/** The one way the server talks to the outside: every webhook, image fetch, provider API and SMTP host. */
export type OutboundClient = {
  request(url: string | URL, init: OutboundRequest): Promise<OutboundResponse>;
  /** A checked address for `host` (SMTP connects to it, naming the host for TLS). */
  resolveHost(host: string): Promise<string>;
  close(): Promise<void>;
};

const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** Only http(s); a literal address is checked here because sockets skip `lookup` for literals. */
const checkTarget = (url: URL, policy: OutboundPolicy): void => {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new OutboundError('outbound_blocked', `${url.protocol} URLs are not allowed; use http or https`);
  if (url.username || url.password)
    throw new OutboundError('outbound_blocked', 'URLs with user:password are not allowed');
  const literal = parseAddress(url.hostname);
  if (literal) policy.assertAllowed(literal.toString(), normalizeHost(url.hostname));
};

const parseUrl = (value: string | URL): URL => {
  try {
    return new URL(value);
  } catch {
    throw new OutboundError('outbound_blocked', `not a valid URL: ${String(value).slice(0, 200)}`);
  }
};

async function readCapped(
  body: Dispatcher.ResponseData['body'],
  maxBytes: number,
  truncate: boolean,
  url: URL,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    const bytes = chunk as Buffer;
    if (total + bytes.length > maxBytes) {
      body.destroy();
      if (truncate) {
        chunks.push(bytes.subarray(0, maxBytes - total));
        break;
      }
      throw new OutboundError('outbound_too_large', `${url.host} answered more than ${maxBytes} bytes`);
    }
    total += bytes.length;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/**
 * The guarded client: DNS is resolved once per connection by a lookup that refuses blocked addresses, so
 * the socket goes to exactly what was checked; redirects are followed by hand and each hop is checked
 * again; bodies are streamed with a byte cap; one timer bounds the whole exchange.
 */
export const createOutboundClient = (policy: OutboundPolicy): OutboundClient => {
  const dispatcher = new Agent({ connect: { lookup: createGuardedLookup(policy) } });

  const send = async (start: URL, init: OutboundRequest, signal: AbortSignal) => {
    const maxRedirects = init.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    const maxBytes = init.maxBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    let url = start;
    let method: string = init.method ?? 'GET';
    let body = init.body;
    let headers: Record<string, string> = { ...init.headers };
    for (let hop = 0; ; hop++) {
      checkTarget(url, policy);
      const response = await request(url, { dispatcher, method, headers, body, signal });
      const location = response.headers.location;
      if (maxRedirects > 0 && REDIRECTS.has(response.statusCode) && typeof location === 'string') {
        await response.body.dump();
        if (hop >= maxRedirects)
          throw new OutboundError('outbound_too_many_redirects', `more than ${maxRedirects} redirects`);
        const next = parseUrl(new URL(location, url).toString());
        if (response.statusCode === 303 || (method === 'POST' && response.statusCode < 303)) {
          method = 'GET';
          body = undefined;
          headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !/^content-/i.test(name)));
        }
        // Credentials meant for one origin are never handed to another.
        if (next.origin !== url.origin)
          headers = Object.fromEntries(
            Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.includes(name.toLowerCase())),
          );
        url = next;
        continue;
      }
      const declared = Number(response.headers['content-length']);
      if (!init.truncate && Number.isFinite(declared) && declared > maxBytes) {
        response.body.destroy();
        throw new OutboundError(
          'outbound_too_large',
          `${url.host} announced ${declared} bytes (max ${maxBytes})`,
        );
      }
      const bytes = await readCapped(response.body, maxBytes, init.truncate ?? false, url);
      return {
        status: response.statusCode,
        ok: response.statusCode >= 200 && response.statusCode < 300,
        url: url.toString(),
        headers: response.headers,
        body: bytes,
        text: () => bytes.toString('utf8'),
      } satisfies OutboundResponse;
    }
  };

  return {
    async request(target, init) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), init.timeoutMs);
      try {
        return await send(parseUrl(target), init, controller.signal);
      } catch (error) {
        const known = findOutboundError(error);
        if (known) throw known;
        if (controller.signal.aborted)
          throw new OutboundError('outbound_timeout', `request timeout after ${init.timeoutMs} ms`, {
            cause: error,
          });
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        throw new OutboundError('outbound_failed', reason, { cause: error });
      } finally {
        clearTimeout(timer);
      }
    },
    async resolveHost(host) {
      const [first] = await resolveAllowed(policy, host);
      return first!.address;
    },
    close: () => dispatcher.close(),
  };
};
