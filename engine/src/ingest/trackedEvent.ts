/** One tracked event as the engine takes it (the HTTP layer validates the request first). */
export type TrackedEvent = {
  readonly externalId: string;
  readonly name: string;
  readonly properties?: Record<string, unknown> | undefined;
  /** ISO time the event happened; defaults to now. Out-of-order events are placed by it. */
  readonly timestamp?: string | undefined;
  /** Idempotency key: a repeated messageId is accepted once. Defaults to a fresh id. */
  readonly messageId?: string | undefined;
};
