import type { InappMessage } from '@journeyflow/shared/api/inapp';

type Listener = (message: InappMessage) => void;

/**
 * Open SSE sessions in this process, per customer. The in-app adapter publishes here after storing the
 * message; streams also poll the inbox, so a message stored by a worker in another process still arrives.
 */
export type InappHub = {
  subscribe(workspaceId: string, customerId: string, listener: Listener): () => void;
  publish(workspaceId: string, customerId: string, message: InappMessage): void;
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
