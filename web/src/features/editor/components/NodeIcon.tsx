import type { NodeType } from '@journeyflow/shared/journey/nodeRegistry';
import { memo } from 'react';
import { webNodePlugins } from '../nodes/webNodePlugins';

/** A node type's 24×24 stroke icon (each node plugin brings its path). */
export const NodeIcon = memo(function NodeIcon({ type, size = 16 }: { type: NodeType; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={webNodePlugins[type].icon} />
    </svg>
  );
});
