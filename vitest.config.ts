import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['shared', 'engine', 'server', 'web', 'test', 'server/openapi-types'],
  },
});
