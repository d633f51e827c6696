import type { Clock } from './clock';
import type { Ids } from './ids';
import type { Logger } from './logger';
import type { SqlClient } from './sqlClient';

/** Everything the engine needs from the world, passed in as one object (STYLE.md). */
export type EnginePorts = {
  readonly db: SqlClient;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly ids: Ids;
};
