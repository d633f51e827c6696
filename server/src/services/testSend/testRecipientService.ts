import { createHash, randomInt } from 'node:crypto';
import type { ChannelsPort, DeliveryResult } from '@journeyflow/engine/ports/channels';
import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import {
  type createTestRecipientRequestSchema,
  type ProviderRejection,
  type TestRecipient,
  VERIFICATION_CODE,
  type VerificationSent,
} from '@journeyflow/shared/api/testSends';
import { normalizePhone } from '@journeyflow/shared/compliance/normalizePhone';
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import type { UserPrincipal } from '../../auth/principal';
import type { Executor, Orm } from '../../db/database';
import { insertOne } from '../../db/insertOne';
import { testRecipients } from '../../db/schema/testRecipients';
import { ForbiddenError, NotFoundError, ValidationFailedError } from '../../errors/domainErrors';
import { CodeAttemptsExceededError, CodeExpiredError, CodeInvalidError } from '../../errors/teamErrors';
import { newId } from '../../ids';
import { hasRole } from '../permissions';
import { namedEntityAudit } from '../recordAudit';
import { assertCodeSendAllowed, CODE_SENT_AUDIT_ACTION } from './testSendLimit';

type Row = typeof testRecipients.$inferSelect;
type Db = { readonly orm: Orm; readonly sql: SqlClient };

/** A workspace keeps at most this many test recipients (personal and shared together). */
export const MAX_TEST_RECIPIENTS = 200;

export const toTestRecipient = (row: Row): TestRecipient => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  address: row.address,
  scope: row.ownerId ? 'user' : 'workspace',
  verified: row.verified,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

/** The code is hashed with its recipient's id, so a stored hash says nothing about another row's code. */
const hashCode = (recipientId: string, code: string) =>
  createHash('sha256').update(`${recipientId}:${code}`).digest('hex');

const emailSchema = z.email();

/** The address in its stored form, or a 422 naming the field. */
const normalizeAddress = (kind: Row['kind'], raw: string): string => {
  const invalid = (message: string) =>
    new ValidationFailedError(message, { issues: [{ field: 'address', code: `invalid_${kind}`, message }] });
  if (kind === 'phone') {
    const phone = normalizePhone(raw);
    if (!phone) throw invalid('Enter a Korean mobile number such as 010-1234-5678');
    return phone;
  }
  if (kind === 'email') {
    if (!emailSchema.safeParse(raw).success) throw invalid('Enter a valid email address');
    return raw.toLowerCase();
  }
  return raw;
};

/** Recipients the user may see and use: the workspace's shared ones and their own. */
const visibleTo = (actor: UserPrincipal) =>
  and(
    eq(testRecipients.workspaceId, actor.workspaceId),
    or(isNull(testRecipients.ownerId), eq(testRecipients.ownerId, actor.userId)),
  );

export const listTestRecipients = async (orm: Orm, actor: UserPrincipal): Promise<TestRecipient[]> => {
  const rows = await orm
    .select()
    .from(testRecipients)
    .where(visibleTo(actor))
    .orderBy(asc(testRecipients.createdAt), asc(testRecipients.id));
  return rows.map(toTestRecipient);
};

/** One recipient the user may use, or 404. */
export const findTestRecipient = async (exec: Executor, actor: UserPrincipal, id: string): Promise<Row> => {
  const [row] = await exec
    .select()
    .from(testRecipients)
    .where(and(eq(testRecipients.id, id), visibleTo(actor)));
  if (!row) throw new NotFoundError('Test recipient');
  return row;
};

/** What the actor did to a test recipient, named by its name. */
const auditRecipient = namedEntityAudit('test_recipient');

/** A provider's failure as the API reports it. */
export const rejectionOf = (result: DeliveryResult): ProviderRejection | undefined =>
  result.status === 'failed'
    ? { code: 'provider_rejected', params: { providerCode: result.code ?? 'unknown', detail: result.error } }
    : undefined;

/**
 * Stores a fresh code (hashed, expiring, attempts reset) and texts it through the workspace's SMS channel.
 * The sandbox sends nothing, so then the code comes back in the answer for the user to type.
 */
const sendCode = async (
  db: Db,
  channels: ChannelsPort,
  actor: UserPrincipal,
  row: Row,
  now: Date,
): Promise<VerificationSent> => {
  const code = String(randomInt(0, 10 ** VERIFICATION_CODE.digits)).padStart(VERIFICATION_CODE.digits, '0');
  const expiresAt = new Date(now.getTime() + VERIFICATION_CODE.ttlSeconds * 1000);
  await db.orm.transaction(async (tx) => {
    await tx
      .update(testRecipients)
      .set({ codeHash: hashCode(row.id, code), codeExpiresAt: expiresAt, codeAttempts: 0 })
      .where(eq(testRecipients.id, row.id));
    await auditRecipient(tx, actor, CODE_SENT_AUDIT_ACTION, row, now);
  });
  const adapter = await channels.resolve(row.workspaceId, 'sms');
  const id = newId('otp');
  const result = await adapter.send({
    id,
    idempotencyKey: id,
    workspaceId: row.workspaceId,
    journeyId: null,
    runId: null,
    nodeId: null,
    customerId: '',
    channel: 'sms',
    purpose: 'info',
    content: { text: `[Journeyflow] 테스트 수신 번호 인증번호 ${code} (10분 안에 입력하세요)` },
    to: { externalId: '', phone: row.address, email: null, pushTokens: [] },
    attempt: 1,
  });
  const rejection = rejectionOf(result);
  return {
    expiresAt: expiresAt.toISOString(),
    ...(adapter.provider === 'sandbox' ? { sandboxCode: code } : {}),
    ...(rejection ? { rejection } : {}),
  };
};

export const createTestRecipient = async (
  db: Db,
  channels: ChannelsPort,
  actor: UserPrincipal,
  input: z.output<typeof createTestRecipientRequestSchema>,
  now: Date,
): Promise<TestRecipient & { verification?: VerificationSent }> => {
  const address = normalizeAddress(input.kind, input.address);
  if (input.kind === 'phone') await assertCodeSendAllowed(db.sql, actor.workspaceId, actor.userId, now);
  const row = await db.orm.transaction(async (tx) => {
    const existing = await tx
      .select({ id: testRecipients.id })
      .from(testRecipients)
      .where(eq(testRecipients.workspaceId, actor.workspaceId))
      .limit(MAX_TEST_RECIPIENTS);
    if (existing.length >= MAX_TEST_RECIPIENTS) {
      throw new ValidationFailedError(`At most ${MAX_TEST_RECIPIENTS} test recipients per workspace`, {
        limit: 'test_recipients',
        max: MAX_TEST_RECIPIENTS,
      });
    }
    const inserted = await insertOne(tx, testRecipients, {
      id: newId('trc'),
      workspaceId: actor.workspaceId,
      ownerId: input.scope === 'workspace' ? null : actor.userId,
      createdBy: actor.userId,
      name: input.name,
      kind: input.kind,
      address,
      verified: input.kind !== 'phone',
      createdAt: now,
    });
    await auditRecipient(tx, actor, 'test_recipient.create', inserted, now, {
      kind: inserted.kind,
      scope: input.scope,
    });
    return inserted;
  });
  if (row.kind !== 'phone') return toTestRecipient(row);
  return { ...toTestRecipient(row), verification: await sendCode(db, channels, actor, row, now) };
};

/** Sends a new code to an unverified phone. */
export const resendVerificationCode = async (
  db: Db,
  channels: ChannelsPort,
  actor: UserPrincipal,
  id: string,
  now: Date,
): Promise<VerificationSent> => {
  const row = await findTestRecipient(db.orm, actor, id);
  if (row.kind !== 'phone' || row.verified) {
    throw new ValidationFailedError('Only an unverified phone needs a code');
  }
  await assertCodeSendAllowed(db.sql, actor.workspaceId, actor.userId, now);
  return sendCode(db, channels, actor, row, now);
};

/** Checks a code: right → verified; wrong → attempts left; too many or expired → a new code is needed. */
export const verifyTestRecipient = async (
  orm: Orm,
  actor: UserPrincipal,
  id: string,
  code: string,
  now: Date,
): Promise<TestRecipient> => {
  const outcome = await orm.transaction(async (tx) => {
    const row = await findTestRecipient(tx, actor, id);
    if (row.verified) return { row };
    if (!row.codeHash || !row.codeExpiresAt || row.codeExpiresAt <= now)
      return { error: new CodeExpiredError() };
    if (row.codeAttempts >= VERIFICATION_CODE.maxAttempts) {
      return { error: new CodeAttemptsExceededError(VERIFICATION_CODE.maxAttempts) };
    }
    if (hashCode(row.id, code) !== row.codeHash) {
      const attempts = row.codeAttempts + 1;
      await tx.update(testRecipients).set({ codeAttempts: attempts }).where(eq(testRecipients.id, row.id));
      return { error: new CodeInvalidError(VERIFICATION_CODE.maxAttempts - attempts) };
    }
    const [updated] = await tx
      .update(testRecipients)
      .set({ verified: true, codeHash: null, codeExpiresAt: null, codeAttempts: 0 })
      .where(eq(testRecipients.id, row.id))
      .returning();
    await auditRecipient(tx, actor, 'test_recipient.verify', row, now);
    return { row: updated ?? row };
  });
  // The failed attempt is counted (committed) before the refusal is answered.
  if ('error' in outcome && outcome.error) throw outcome.error;
  return toTestRecipient(outcome.row as Row);
};

export const deleteTestRecipient = async (
  orm: Orm,
  actor: UserPrincipal,
  id: string,
  now: Date,
): Promise<void> => {
  await orm.transaction(async (tx) => {
    const row = await findTestRecipient(tx, actor, id);
    const mine = row.ownerId === actor.userId || row.createdBy === actor.userId;
    if (!mine && !hasRole(actor, 'admin')) {
      throw new ForbiddenError('Only its creator or an admin can remove a shared test recipient');
    }
    await tx.delete(testRecipients).where(eq(testRecipients.id, row.id));
    await auditRecipient(tx, actor, 'test_recipient.delete', row, now, { kind: row.kind });
  });
};
