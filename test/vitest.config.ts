import { defineConfig } from 'vitest/config';

/** Shared with the root config's `integration-alone` project, which runs a few of these files on their own. */
export const integrationTimeouts = { testTimeout: 60_000, hookTimeout: 120_000 } as const;

export default defineConfig({
  test: {
    name: 'integration',
    include: ['integration/**/*.test.ts'],
    ...integrationTimeouts,
  },
});
