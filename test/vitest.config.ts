import { defineConfig } from 'vitest/config';

/** Shared with the root config's `integration-alone` project, which runs a few of these files on their own. */
export const integrationTimeouts = { testTimeout: 60_000, hookTimeout: 120_000 } as const;

export default defineConfig({
  test: {
    name: 'integration',
    // As in the server's suite: each file builds its own databases, apps and peers and leaves no module state
    // behind, so one worker process runs many files instead of re-importing every package for each.
    isolate: false,
    include: ['integration/**/*.test.ts'],
    ...integrationTimeouts,
  },
});
