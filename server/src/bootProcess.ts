import { ConfigError, loadConfig } from './env';

export type Config = ReturnType<typeof loadConfig>;

/**
 * The boot both processes share (`pnpm start`, `pnpm worker`): reads the configuration (a bad one prints
 * its message and exits 1), runs `start`, calls the `stop` it returns once on SIGINT or SIGTERM, and
 * exits 1 with `failure` when starting throws.
 */
export const bootProcess = (
  failure: string,
  start: (config: Config) => Promise<(signal: string) => Promise<void>>,
) => {
  const main = async () => {
    let config: Config;
    try {
      config = loadConfig();
    } catch (error) {
      if (error instanceof ConfigError) {
        console.error(error.message);
        process.exit(1);
      }
      throw error;
    }
    const stop = await start(config);
    let stopping = false;
    const onSignal = (signal: string) => {
      if (stopping) return;
      stopping = true;
      void stop(signal);
    };
    process.on('SIGINT', () => onSignal('SIGINT'));
    process.on('SIGTERM', () => onSignal('SIGTERM'));
  };
  main().catch((error: unknown) => {
    console.error(failure, error);
    process.exit(1);
  });
};
