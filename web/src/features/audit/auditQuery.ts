import type { AuditEntityType } from '@journeyflow/shared/api/audit';

/** The audit screen's filters as the user typed them (datetime-local values in the browser's zone). */
export type AuditFilters = {
  readonly entityType: AuditEntityType | '';
  readonly entityId: string;
  readonly actor: string;
  readonly from: string;
  readonly to: string;
};

export const emptyAuditFilters: AuditFilters = { entityType: '', entityId: '', actor: '', from: '', to: '' };

const toIso = (local: string): string | undefined => {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

/**
 * The query string of `GET /api/audit` (and its CSV export) for the filters: `entity` is `type` or
 * `type:id`, empty fields are left out, local times become ISO instants.
 */
export function auditSearchParams(
  filters: AuditFilters,
  extra: Record<string, string> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.entityType) {
    params.set(
      'entity',
      filters.entityId.trim() ? `${filters.entityType}:${filters.entityId.trim()}` : filters.entityType,
    );
  }
  if (filters.actor.trim()) params.set('actor', filters.actor.trim());
  const from = toIso(filters.from);
  const to = toIso(filters.to);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params;
}
