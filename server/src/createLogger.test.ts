import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './createLogger';

const capture = () => {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
};

describe('createLogger', () => {
  it('writes one JSON line per entry, info to stdout and warn/error to stderr only, filtered by level', () => {
    const out = capture();
    const err = capture();
    const logger = createLogger('info', { out: out.stream, err: err.stream });
    logger.debug('hidden', { n: 0 });
    logger.info('started', { port: 8080 });
    logger.warn('slow', { ms: 900 });
    logger.error('failed', { error: 'boom' });
    expect(out.lines).toEqual([{ level: 'info', time: expect.any(String), message: 'started', port: 8080 }]);
    expect(err.lines.map((l) => [l.level, l.message])).toEqual([
      ['warn', 'slow'],
      ['error', 'failed'],
    ]);
    expect(new Date(String(out.lines[0]?.time)).toISOString()).toBe(out.lines[0]?.time);
  });

  it('redacts secret-looking fields at the top level and one object down', () => {
    const out = capture();
    const logger = createLogger('debug', { out: out.stream, err: capture().stream });
    logger.info('login', {
      email: 'a@b.c',
      password: 'hunter2',
      channel: { token: 'tok_1', provider: 'fcm' },
    });
    expect(out.lines[0]).toMatchObject({
      email: 'a@b.c',
      password: '[redacted]',
      channel: { token: '[redacted]', provider: 'fcm' },
    });
    expect(JSON.stringify(out.lines)).not.toMatch(/hunter2|tok_1/);
  });

  it('writes nothing when silent', () => {
    const out = capture();
    const err = capture();
    const logger = createLogger('silent', { out: out.stream, err: err.stream });
    logger.error('nope');
    expect([...out.lines, ...err.lines]).toEqual([]);
  });
});
