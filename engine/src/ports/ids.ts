import { randomUUID } from 'node:crypto';

/** Id generation port: prefixed, sortable enough for humans, unique across workers. */
export type Ids = {
  newId(prefix: string): string;
};

export const randomIds: Ids = {
  newId: (prefix) => `${prefix}_${randomUUID().replaceAll('-', '')}`,
};
