/** One request the API must refuse, and how. */
export type BadInput = {
  readonly name: string;
  readonly method: string;
  /** `:journey` is replaced by a real journey id of the caller's workspace. */
  readonly path: string;
  readonly body?: string;
  readonly contentType?: string;
  readonly as?: 'marketer' | 'admin' | 'anonymous';
  readonly status: number;
  readonly code: string;
};

export const MIB = 1024 * 1024;
export const json = (value: unknown) => JSON.stringify(value);
