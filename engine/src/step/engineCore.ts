import type { EnginePorts } from '../ports/enginePorts';
import type { EngineOptions } from './engineOptions';
import type { VersionCache } from './versionCache';

/** The part of the engine a node type may use (the runtime's `Engine` adds the live index built from the node types). */
export type EngineCore = {
  readonly ports: EnginePorts;
  readonly options: EngineOptions;
  readonly versions: VersionCache;
};
