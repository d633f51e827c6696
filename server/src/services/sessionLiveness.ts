import { type SQL, sql } from 'drizzle-orm';
import { sessions } from '../db/schema/sessions';

// One definition of a live session, used by sign-in checks and by the purge. Timestamps go in as ISO
// text so both drivers (PGlite, postgres.js) bind them the same way.

const at = (now: Date) => sql`${now.toISOString()}::timestamptz`;

const idleUntil = sql`${sessions.lastSeenAt} + make_interval(secs => ${sessions.idleTimeoutSeconds})`;

/** Not past its absolute expiry and not idle longer than its timeout. */
export const sessionAlive = (now: Date): SQL =>
  sql`(${sessions.expiresAt} > ${at(now)} and ${idleUntil} > ${at(now)})`;

export const sessionDead = (now: Date): SQL =>
  sql`(${sessions.expiresAt} <= ${at(now)} or ${idleUntil} <= ${at(now)})`;
