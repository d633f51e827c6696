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

/** The query of `GET /api/audit` (and its CSV export) for the filters. */
export type AuditQuery = {
  readonly entity?: string;
  readonly actor?: string;
  readonly from?: string;
  readonly to?: string;
};

/**
 * The query of `GET /api/audit` (and its CSV export) for the filters: `entity` is `type` or `type:id`,
 * empty fields are left out, local times become ISO instants.
 */
export function auditQuery(filters: AuditFilters): AuditQuery {
  const entityId = filters.entityId.trim();
  const actor = filters.actor.trim();
  const from = toIso(filters.from);
  const to = toIso(filters.to);
  return {
    ...(filters.entityType
      ? { entity: entityId ? `${filters.entityType}:${entityId}` : filters.entityType }
      : {}),
    ...(actor ? { actor } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** `auditQuery` as a query string, with `extra` parameters after it. */
export function auditSearchParams(
  filters: AuditFilters,
  extra: Record<string, string> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...auditQuery(filters), ...extra })) params.set(key, value);
  return params;
}
