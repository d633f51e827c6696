import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedRequest = {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly json: unknown;
};

export type PeerReply = { readonly status: number; readonly body?: unknown; readonly delayMs?: number };

export type RecordingServer = {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Decides the answer to each request; replace it between tests to script failures. */
  respond: (request: RecordedRequest, index: number) => PeerReply;
  close(): Promise<void>;
};

/**
 * A real HTTP peer for adapter tests (a stand-in for Solapi, FCM or a webhook receiver): records every
 * request and answers what the test scripted.
 */
export const startRecordingServer = async (
  respond: RecordingServer['respond'] = () => ({ status: 200, body: {} }),
): Promise<RecordingServer> => {
  const requests: RecordedRequest[] = [];
  const state: RecordingServer = {
    url: '',
    requests,
    respond,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = body ? JSON.parse(body) : undefined;
      } catch {
        json = undefined;
      }
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        json,
      };
      requests.push(recorded);
      const reply = state.respond(recorded, requests.length - 1);
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
      };
      if (reply.delayMs) setTimeout(answer, reply.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, { url: `http://127.0.0.1:${port}` });
};
