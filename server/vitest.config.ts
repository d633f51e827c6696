import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server',
    // Each file builds its own databases and apps and leaves no module state behind (no mocks, no stubbed
    // globals or env): one worker process runs many files instead of re-importing the server for each.
    isolate: false,
    include: ['src/**/*.test.ts'],
    // PGlite takes a few seconds to boot on a busy 2-core machine; real-process tests take longer.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
