import { useMemo } from 'react';
import { knownEventNames } from './knownEventNames';
import { useGradeTierNames } from './useGradeTierNames';
import { useWorkspaceCatalog } from './useWorkspaceCatalog';

/**
 * What the builder offers beyond the built-ins: the workspace's custom attributes and event names
 * (`GET /api/catalog`, most frequent first) and its grade tier names (`GET /api/grades`). Empty while
 * loading; each list is a suggestion, never a limit.
 */
export function useConditionSuggestions(): {
  readonly attributes: readonly string[];
  readonly events: readonly string[];
  readonly gradeNames: readonly string[];
} {
  const catalog = useWorkspaceCatalog();
  const gradeNames = useGradeTierNames();
  return useMemo(
    () => ({
      attributes: catalog?.attributes ?? [],
      events: knownEventNames(catalog?.events.map((event) => event.name) ?? [], []),
      gradeNames,
    }),
    [catalog, gradeNames],
  );
}
