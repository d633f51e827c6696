import { useMemo } from 'react';
import { knownEventNames, usedSegmentIds } from '../../conditions/knownEventNames';
import { useWorkspaceCatalog } from '../../conditions/useWorkspaceCatalog';
import { useEditorStore } from '../store/editorStore';

/**
 * <datalist>s behind the event and segment inputs (the condition builder keeps its own attribute list): what the workspace has actually seen
 * (`GET /api/catalog`) first, then common names and every name used in this journey.
 */
export function KnownValueLists() {
  const nodes = useEditorStore((state) => state.graph.nodes);
  const catalog = useWorkspaceCatalog();
  const events = useMemo(
    () => knownEventNames(catalog?.events.map((event) => event.name) ?? [], nodes),
    [catalog, nodes],
  );
  const segments = useMemo(() => usedSegmentIds(nodes), [nodes]);
  return (
    <>
      <datalist id="jf-known-events">
        {events.map((event) => (
          <option key={event} value={event} />
        ))}
      </datalist>
      <datalist id="jf-known-segments">
        {segments.map((segment) => (
          <option key={segment} value={segment} />
        ))}
      </datalist>
    </>
  );
}
