import type { InappMessage } from '@journeyflow/shared/api/inapp';
import { TooManyStreamsError } from '../errors/domainErrors';

type Listener = (message: InappMessage) => void;

/** Where a feed finds messages stored by other processes (a delivery worker): the inbox table. */
export type InboxSource = {
  /** The database clock, where a new feed starts looking. */
  now(): Promise<string>;
  /** The customer's messages created after `after`, oldest first. */
  newerThan(workspaceId: string, customerId: string, after: string): Promise<InappMessage[]>;
};

export type InappHubOptions = {
  readonly source?: InboxSource;
  /** How often a customer's feed checks the inbox table; one query per customer, however many streams. */
  readonly pollMs?: number;
  /** Open streams one customer may hold (tabs, devices); more answer 429. */
  readonly maxStreamsPerCustomer?: number;
  readonly onError?: (error: unknown) => void;
};

/**
 * Open SSE sessions in this process, per customer. The in-app adapter publishes here after storing the
 * message; for messages stored by a worker in another process, each customer with open sessions has ONE
 * feed that polls the inbox and fans out to all of that customer's sessions.
 */
export type InappHub = {
  /** Throws {@link TooManyStreamsError} when the customer already has the maximum of open sessions. */
  subscribe(workspaceId: string, customerId: string, listener: Listener): () => void;
  publish(workspaceId: string, customerId: string, message: InappMessage): void;
  /** Open sessions for a customer (for tests and diagnostics). */
  count(workspaceId: string, customerId: string): number;
  /** Customers whose feed is polling the inbox. */
  polling(): number;
};

export const DEFAULT_MAX_STREAMS_PER_CUSTOMER = 3;
const RECENT_IDS = 200;

type Feed = {
  readonly workspaceId: string;
  readonly customerId: string;
  readonly listeners: Set<Listener>;
  /** Ids already fanned out, so a message both published here and found by the poll goes out once. */
  readonly recent: Set<string>;
  cursor: Promise<string> | string | undefined;
  timer: NodeJS.Timeout | undefined;
};

export const createInappHub = (options: InappHubOptions = {}): InappHub => {
  const pollMs = options.pollMs ?? 2000;
  const limit = options.maxStreamsPerCustomer ?? DEFAULT_MAX_STREAMS_PER_CUSTOMER;
  const feeds = new Map<string, Feed>();
  const keyOf = (workspaceId: string, customerId: string) => `${workspaceId}\u0000${customerId}`;

  const fanOut = (feed: Feed, message: InappMessage) => {
    if (feed.recent.has(message.id)) return;
    feed.recent.add(message.id);
    if (feed.recent.size > RECENT_IDS) feed.recent.delete(feed.recent.values().next().value as string);
    for (const listener of feed.listeners) listener(message);
  };

  const schedule = (feed: Feed) => {
    const source = options.source;
    if (!source || feeds.get(keyOf(feed.workspaceId, feed.customerId)) !== feed) return;
    feed.timer = setTimeout(async () => {
      try {
        const after = await feed.cursor;
        if (after === undefined) return;
        for (const message of await source.newerThan(feed.workspaceId, feed.customerId, after)) {
          fanOut(feed, message);
          if (message.createdAt > (feed.cursor as string)) feed.cursor = message.createdAt;
        }
      } catch (error) {
        options.onError?.(error);
      } finally {
        schedule(feed);
      }
    }, pollMs);
    feed.timer.unref?.();
  };

  return {
    subscribe(workspaceId, customerId, listener) {
      const key = keyOf(workspaceId, customerId);
      let feed = feeds.get(key);
      if (feed && feed.listeners.size >= limit) throw new TooManyStreamsError(limit);
      if (!feed) {
        feed = {
          workspaceId,
          customerId,
          listeners: new Set(),
          recent: new Set(),
          cursor: undefined,
          timer: undefined,
        };
        feeds.set(key, feed);
        const created = feed;
        const settle = (cursor: string) => {
          created.cursor = cursor;
          return cursor;
        };
        created.cursor = options.source?.now().then(settle, (error: unknown) => {
          options.onError?.(error);
          return settle(new Date().toISOString());
        });
        schedule(created);
      }
      const joined = feed;
      joined.listeners.add(listener);
      return () => {
        joined.listeners.delete(listener);
        if (joined.listeners.size > 0 || feeds.get(key) !== joined) return;
        clearTimeout(joined.timer);
        feeds.delete(key);
      };
    },
    publish(workspaceId, customerId, message) {
      const feed = feeds.get(keyOf(workspaceId, customerId));
      if (feed) fanOut(feed, message);
    },
    count: (workspaceId, customerId) => feeds.get(keyOf(workspaceId, customerId))?.listeners.size ?? 0,
    polling: () => [...feeds.values()].filter((feed) => feed.timer !== undefined).length,
  };
};
