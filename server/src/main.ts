import { ConfigError, loadConfig } from './env';
import { DEMO_LOGINS, DEMO_PASSWORD } from './services/seedDemoWorkspace';
import { startServer } from './startServer';

// `pnpm start`: one process serving the API and the web app on the embedded database by default.
const main = async () => {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const server = await startServer(config);
  console.log(`Journeyflow is running at ${server.url}`);
  if (config.demo)
    console.log(
      `Demo logins: ${DEMO_LOGINS.map((login) => login.email).join(', ')} — password ${DEMO_PASSWORD}`,
    );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, shutting down`);
    try {
      await server.close();
      process.exit(0);
    } catch (error) {
      console.error('shutdown failed', error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
};

main().catch((error: unknown) => {
  console.error('Journeyflow failed to start:', error);
  process.exit(1);
});
