import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'web',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/testSetup.ts'],
    // Each file paid ~1 s of jsdom set-up and imports; the state files share is reset by the setup file.
    isolate: false,
  },
});
