import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server runs on :3000 in development (`pnpm dev`); in production the server serves `dist/` itself.
const apiTarget = process.env.JOURNEYFLOW_API_URL ?? 'http://localhost:3000';

export const viteConfig = defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
});

// Vite requires a default export from its config file.
export default viteConfig;
