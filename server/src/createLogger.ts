import type { Logger } from '@journeyflow/engine/ports/logger';
import type { LogLevel } from './env';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** One JSON line per entry on stdout/stderr, filtered by LOG_LEVEL. Callers never pass secrets in fields. */
export const createLogger = (level: LogLevel): Logger & { debug: Logger['info'] } => {
  const write = (
    entryLevel: Exclude<LogLevel, 'silent'>,
    message: string,
    fields?: Record<string, unknown>,
  ) => {
    if (ORDER[entryLevel] < ORDER[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: entryLevel, message, ...fields });
    if (entryLevel === 'error' || entryLevel === 'warn') process.stderr.write(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
};
