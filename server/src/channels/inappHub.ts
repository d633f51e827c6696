/** An in-app message as the inbox API and the SSE stream show it. */
export type InappMessageView = {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly imageUrl: string | null;
  readonly ctaLabel: string | null;
  readonly ctaUrl: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
};

type Listener = (message: InappMessageView) => void;

/**
 * Open SSE sessions in this process, per customer. The in-app adapter publishes here after storing the
 * message; streams also poll the inbox, so a message stored by a worker in another process still arrives.
 */
export type InappHub = {
  subscribe(workspaceId: string, customerId: string, listener: Listener): () => void;
  publish(workspaceId: string, customerId: string, message: InappMessageView): void;
  /** Open sessions for a customer (for tests and diagnostics). */
  count(workspaceId: string, customerId: string): number;
};

export const createInappHub = (): InappHub => {
  const listeners = new Map<string, Set<Listener>>();
  const keyOf = (workspaceId: string, customerId: string) => `${workspaceId}\u0000${customerId}`;
  return {
    subscribe(workspaceId, customerId, listener) {
      const key = keyOf(workspaceId, customerId);
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
    publish(workspaceId, customerId, message) {
      for (const listener of listeners.get(keyOf(workspaceId, customerId)) ?? []) listener(message);
    },
    count: (workspaceId, customerId) => listeners.get(keyOf(workspaceId, customerId))?.size ?? 0,
  };
};
