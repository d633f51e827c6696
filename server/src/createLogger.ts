import type { Logger } from '@journeyflow/engine/ports/logger';
import pino from 'pino';
import type { LogLevel } from './env';

/**
 * Field names whose values never reach the log, at the top level or one object down. Callers should
 * not pass secrets in fields at all; this is the net under that rule.
 */
const SECRET_FIELDS = [
  'password',
  'token',
  'secret',
  'apiKey',
  'authorization',
  'cookie',
  'credentials',
  'privateKey',
];
export const REDACTED_PATHS = SECRET_FIELDS.flatMap((field) => [field, `*.${field}`]);

/**
 * One JSON line per entry (`{ level, time, message, ...fields }`) through pino, filtered by LOG_LEVEL:
 * debug and info on stdout, warn and error on stderr, written synchronously so nothing is lost on exit.
 * `destinations` is for tests.
 */
export const createLogger = (
  level: LogLevel,
  destinations: { out: pino.DestinationStream; err: pino.DestinationStream } = {
    out: pino.destination({ dest: 1, sync: true }),
    err: pino.destination({ dest: 2, sync: true }),
  },
): Logger & { debug: Logger['info'] } => {
  const log = pino(
    {
      level,
      base: undefined,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    pino.multistream(
      [
        { level: 'debug', stream: destinations.out },
        { level: 'warn', stream: destinations.err },
      ],
      { dedupe: true },
    ),
  );
  return {
    debug: (message, fields) => log.debug(fields ?? {}, message),
    info: (message, fields) => log.info(fields ?? {}, message),
    warn: (message, fields) => log.warn(fields ?? {}, message),
    error: (message, fields) => log.error(fields ?? {}, message),
  };
};
