import type { Executor } from '../db/database';
import { auditLog } from '../db/schema/auditLog';
import { newId } from '../ids';

export type AuditEntry = {
  readonly workspaceId: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly entityType: 'journey' | 'user' | 'api_key' | 'workspace' | 'session';
  readonly entityId: string;
  readonly beforeHash?: string | null;
  readonly afterHash?: string | null;
  readonly details?: Record<string, unknown>;
  readonly at?: Date;
};

/** Appends to the audit log, inside the caller's transaction so the record and the change commit together. */
export const recordAudit = async (exec: Executor, entry: AuditEntry): Promise<void> => {
  await exec.insert(auditLog).values({
    id: newId('aud'),
    workspaceId: entry.workspaceId,
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    beforeHash: entry.beforeHash ?? null,
    afterHash: entry.afterHash ?? null,
    details: entry.details ?? {},
    ...(entry.at ? { createdAt: entry.at } : {}),
  });
};
