import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    // PGlite takes a few seconds to boot on a busy 2-core machine; real-process tests take longer.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
