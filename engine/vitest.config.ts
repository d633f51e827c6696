import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'engine',
    include: ['src/**/*.test.ts'],
    // Pure unit tests (no mocks, no globals, no database): one worker process runs many files instead of
    // starting a process and re-importing the package for each.
    isolate: false,
  },
});
