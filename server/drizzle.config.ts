import { defineConfig } from 'drizzle-kit';

export const drizzleConfig = defineConfig({
  dialect: 'postgresql',
  // The server's tables and the engine's own (engine/src/db/schema.ts): one migration history in ./drizzle.
  schema: ['./src/db/schema/index.ts', '../engine/src/db/schema.ts'],
  out: './drizzle',
});

// drizzle-kit reads the config file's default export; this is the one default export the project needs.
export default drizzleConfig;
