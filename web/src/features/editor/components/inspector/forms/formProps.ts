import type { NodeSettings } from '@journeyflow/shared/journey/graph';
import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import type { FieldErrors } from '../../../../../api/fieldErrors';

/** Every node form edits one node's settings; errors are keyed by dotted settings path. */
export type NodeFormProps<T extends NodeType> = {
  readonly settings: NodeSettings<T>;
  readonly onChange: (settings: NodeSettings<T>) => void;
  readonly errors: FieldErrors;
};

/** Returns a copy without `key` when `value` is empty, so optional settings disappear instead of being "". */
export function withOptional<T extends object, K extends string>(settings: T, key: K, value: unknown): T {
  const { [key]: _old, ...rest } = settings as Record<string, unknown>;
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  return (empty ? rest : { ...rest, [key]: value }) as T;
}
