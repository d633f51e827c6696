import path from 'node:path';

/** The committed drizzle migrations (server/drizzle). */
export const migrationsFolder = path.join(import.meta.dirname, '..', '..', 'drizzle');
