import { TooManyAttemptsError } from '../errors/authErrors';

export type LoginBudget = {
  /** Failed (or still running) attempts allowed per account (email) in the window, from any address. */
  readonly maxFailuresPerAccount: number;
  /** Failed (or still running) attempts allowed per client address in the window, over all emails. */
  readonly maxFailuresPerAddress: number;
  readonly windowMs: number;
};

export const DEFAULT_LOGIN_BUDGET: LoginBudget = {
  maxFailuresPerAccount: 10,
  maxFailuresPerAddress: 50,
  windowMs: 15 * 60 * 1000,
};

/** One reserved attempt; settle it exactly once with what the verification found. */
export type LoginAttempt = {
  /** The password was wrong: the attempt stays counted. */
  failed(): void;
  /** The password was right: this attempt and earlier failures of the same account from the same address are forgiven. */
  succeeded(): void;
  /** Nothing was verified (e.g. the server was busy): the attempt is returned. */
  abandoned(): void;
};

export type LoginRateLimiter = {
  /**
   * Counts an attempt BEFORE the password is checked, so parallel guesses cannot overtake the count.
   * Throws 429 `too_many_attempts` when the account or the address has used up its budget.
   */
  reserve(account: string, address: string, now?: number): LoginAttempt;
};

type Entry = { readonly at: number; readonly account: string; readonly address: string };

/** Keeps memory bounded when someone sprays many emails or addresses. */
const MAX_KEYS = 50_000;

/**
 * Sliding-window counts per account and per client address, in memory: each server process counts on its
 * own (the API runs in one process; `pnpm worker` processes serve no logins). A restart forgets the
 * counts. Documented in docs/security.md.
 */
export const createLoginRateLimiter = (budget: Partial<LoginBudget> = {}): LoginRateLimiter => {
  const { maxFailuresPerAccount, maxFailuresPerAddress, windowMs } = { ...DEFAULT_LOGIN_BUDGET, ...budget };
  const byAccount = new Map<string, Entry[]>();
  const byAddress = new Map<string, Entry[]>();

  const recent = (map: Map<string, Entry[]>, key: string, now: number) => {
    const kept = (map.get(key) ?? []).filter((entry) => now - entry.at < windowMs);
    if (kept.length === 0) map.delete(key);
    else map.set(key, kept);
    return kept;
  };

  const refuseWhenSpent = (kept: Entry[], max: number, now: number, scope: 'account' | 'address') => {
    if (kept.length < max) return;
    // The budget frees up when the entry that put the count at `max` leaves the window.
    const freeing = kept[kept.length - max] ?? kept[0];
    const retryAfter = Math.max(1, Math.ceil(((freeing?.at ?? now) + windowMs - now) / 1000));
    throw new TooManyAttemptsError(retryAfter, scope);
  };

  const add = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
    map.set(key, [...(map.get(key) ?? []), entry]);
    if (map.size > MAX_KEYS) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
  };

  const remove = (map: Map<string, Entry[]>, key: string, drop: (entry: Entry) => boolean) => {
    const kept = (map.get(key) ?? []).filter((entry) => !drop(entry));
    if (kept.length === 0) map.delete(key);
    else map.set(key, kept);
  };

  return {
    reserve(account, address, now = Date.now()) {
      refuseWhenSpent(recent(byAccount, account, now), maxFailuresPerAccount, now, 'account');
      refuseWhenSpent(recent(byAddress, address, now), maxFailuresPerAddress, now, 'address');
      const entry: Entry = { at: now, account, address };
      add(byAccount, account, entry);
      add(byAddress, address, entry);
      let settled = false;
      const settle = (drop: (other: Entry) => boolean) => {
        if (settled) return;
        settled = true;
        remove(byAccount, account, drop);
        remove(byAddress, address, drop);
      };
      return {
        failed: () => settle(() => false),
        succeeded: () => settle((other) => other.account === account && other.address === address),
        abandoned: () => settle((other) => other === entry),
      };
    },
  };
};
