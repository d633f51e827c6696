import { defineConfig } from 'drizzle-kit';

export const drizzleConfig = defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
});

// drizzle-kit reads the config file's default export; this is the one default export the project needs.
export default drizzleConfig;
