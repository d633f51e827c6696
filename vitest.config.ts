import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { integrationTimeouts } from './test/vitest.config.ts';

// Vitest's default is one worker per core minus one — a single worker on a 2-core machine, which then sits
// idle while its file waits on PostgreSQL, a child process or a timer. Most files spend much of their time
// waiting, so one worker per core keeps both busy. JOURNEYFLOW_TEST_WORKERS overrides it (as does --maxWorkers).
const workers = Number(process.env.JOURNEYFLOW_TEST_WORKERS) || Math.max(2, availableParallelism());

// These files drive real worker processes through SIGKILLs and wait for throughput against wall-clock leases:
// they run last, one at a time, with the machine to themselves as they did before the suite ran in parallel.
const runAlone = ['integration/engine/crash.test.ts', 'integration/engine/twoWorkers.test.ts'];

export default defineConfig({
  test: {
    maxWorkers: workers,
    projects: [
      'shared',
      'engine',
      'server',
      'web',
      'server/openapi-types',
      { extends: './test/vitest.config.ts', root: './test', test: { exclude: runAlone } },
      {
        root: './test',
        test: {
          name: 'integration-alone',
          include: runAlone,
          ...integrationTimeouts,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
