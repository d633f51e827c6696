/** Structured logging port; the server passes its logger, tests a silent one. */
export type Logger = {
  /** Chatty per-customer detail (e.g. refused entries); optional so a logger may drop it entirely. */
  debug?(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

export const consoleLogger: Logger = {
  info: (message, fields) => console.log(JSON.stringify({ level: 'info', message, ...fields })),
  warn: (message, fields) => console.warn(JSON.stringify({ level: 'warn', message, ...fields })),
  error: (message, fields) => console.error(JSON.stringify({ level: 'error', message, ...fields })),
};
