/** How long a browser session lives (`JOURNEYFLOW_SESSION_IDLE_MINUTES`, `JOURNEYFLOW_SESSION_MAX_AGE_HOURS`). */
export type SessionPolicy = {
  /** Signed out after this long without a request. Stored on each session when it is opened. */
  readonly idleTimeoutSeconds: number;
  /** Signed out this long after sign-in, however active (the cookie's expiry). */
  readonly maxAgeSeconds: number;
};

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleTimeoutSeconds: 8 * 60 * 60,
  maxAgeSeconds: 14 * 24 * 60 * 60,
};

/** A session's `last_seen_at` is written at most this often, so requests do not each cost a write. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;
