import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Asks the OS for a free port (port 0), so the suite never collides with a dev server on :3000. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/**
 * One server per Playwright run: the config module is loaded again in every worker, so the port and
 * the fresh data directory are chosen once and handed down through the environment.
 */
export async function e2eServerEnv(): Promise<{ port: number; dataDir: string }> {
  if (!process.env.JF_E2E_PORT) process.env.JF_E2E_PORT = String(await freePort());
  if (!process.env.JF_E2E_DATA_DIR)
    process.env.JF_E2E_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'journeyflow-e2e-'));
  return { port: Number(process.env.JF_E2E_PORT), dataDir: process.env.JF_E2E_DATA_DIR };
}

/** How the e2e suite and the web bench start the real server: the demo workspace on PGlite in `dataDir`. */
export const demoServerEnv = (port: number, dataDir: string): Record<string, string> => ({
  PORT: String(port),
  HOST: '127.0.0.1',
  JOURNEYFLOW_DATA_DIR: dataDir,
  JOURNEYFLOW_DEMO: '1',
  LOG_LEVEL: 'warn',
  DATABASE_URL: '',
});
