import { bootProcess } from './bootProcess';
import { DEMO_LOGINS, DEMO_PASSWORD } from './services/seedDemoWorkspace';
import { startServer } from './startServer';

// `pnpm start`: one process serving the API and the web app on the embedded database by default.
bootProcess('Journeyflow failed to start:', async (config) => {
  const server = await startServer(config);
  console.log(`Journeyflow is running at ${server.url}`);
  if (config.demo)
    console.log(
      `Demo logins: ${DEMO_LOGINS.map((login) => login.email).join(', ')} — password ${DEMO_PASSWORD}`,
    );
  return async (signal) => {
    console.log(`${signal} received, shutting down`);
    try {
      await server.close();
      process.exit(0);
    } catch (error) {
      console.error('shutdown failed', error);
      process.exit(1);
    }
  };
});
