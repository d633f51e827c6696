import type {
  ChannelAdapter,
  DeliveryResult,
  OutboundMessage,
  Recipient,
} from '@journeyflow/engine/ports/channels';
import type { CustomerRecord } from '@journeyflow/engine/step/customerRecord';
import { customerColumns, customerFromRow } from '@journeyflow/engine/step/customerRecord';
import { type RenderedMessage, renderMessageForRun } from '@journeyflow/engine/step/renderForRun';
import {
  recipientKindOfChannel,
  type TestSendResponse,
  type testSendRequestSchema,
} from '@journeyflow/shared/api/testSends';
import { checkSendCompliance } from '@journeyflow/shared/compliance/checkSendCompliance';
import { effectivePurpose } from '@journeyflow/shared/compliance/effectivePurpose';
import { normalizePhone } from '@journeyflow/shared/compliance/normalizePhone';
import { channelContentSchemas } from '@journeyflow/shared/messaging/channelContent';
import { TemplateError } from '@journeyflow/shared/messaging/templateError';
import { and, eq, isNull, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { UserPrincipal } from '../../auth/principal';
import { toMessage } from '../../channels/messageService';
import { testRecipients } from '../../db/schema/testRecipients';
import { NotFoundError, ValidationFailedError } from '../../errors/domainErrors';
import { TestRecipientUnverifiedError } from '../../errors/teamErrors';
import { newId } from '../../ids';
import type { ServerDeps } from '../../serverDeps';
import { loadComplianceContext } from '../loadComplianceContext';
import { recordAudit } from '../recordAudit';
import { findTestRecipient, rejectionOf } from './testRecipientService';
import { assertTestSendAllowed, TEST_SEND_AUDIT_ACTION } from './testSendLimit';

type TestSendInput = z.output<typeof testSendRequestSchema>;
type RecipientRow = typeof testRecipients.$inferSelect;

/** The saved recipient a test goes to: by id, or the saved entry matching a typed address. */
const resolveRecipient = async (
  deps: ServerDeps,
  actor: UserPrincipal,
  input: TestSendInput,
): Promise<RecipientRow> => {
  const kind = recipientKindOfChannel[input.channel];
  let row: RecipientRow | undefined;
  if ('recipientId' in input.to) {
    row = await findTestRecipient(deps.db.orm, actor, input.to.recipientId);
  } else {
    const raw = input.to.phone ?? input.to.email ?? input.to.pushToken ?? '';
    const address = input.to.phone ? (normalizePhone(raw) ?? raw) : input.to.email ? raw.toLowerCase() : raw;
    [row] = await deps.db.orm
      .select()
      .from(testRecipients)
      .where(
        and(
          eq(testRecipients.workspaceId, actor.workspaceId),
          or(isNull(testRecipients.ownerId), eq(testRecipients.ownerId, actor.userId)),
          eq(testRecipients.address, address),
        ),
      )
      .limit(1);
    // Tests go only to addresses the team saved (and, for phones, proved to hold): never to anyone typed in.
    if (!row) throw new TestRecipientUnverifiedError();
  }
  if (row.kind !== kind) {
    throw new ValidationFailedError(`A ${input.channel} test needs a ${kind} recipient`, {
      issues: [
        { field: 'to', code: 'test_recipient_kind', message: `Choose a ${kind} recipient`, params: { kind } },
      ],
    });
  }
  if (!row.verified) throw new TestRecipientUnverifiedError();
  return row;
};

/** The customer whose data fills the message: a real one by external id, or made-up attributes. */
const resolveCustomer = async (
  deps: ServerDeps,
  workspaceId: string,
  input: TestSendInput,
): Promise<CustomerRecord> => {
  if (input.customer && 'externalId' in input.customer) {
    const [row] = await deps.db.sql.query(
      `select ${customerColumns} from customers where workspace_id = $1 and external_id = $2`,
      [workspaceId, input.customer.externalId],
    );
    if (!row) throw new NotFoundError('Customer');
    return customerFromRow(row);
  }
  const attributes = input.customer && 'attributes' in input.customer ? input.customer.attributes : {};
  const text = (key: string) => (typeof attributes[key] === 'string' ? (attributes[key] as string) : null);
  return {
    id: '',
    workspaceId,
    externalId: text('externalId') ?? 'test-customer',
    attributes,
    timezone: null,
    locale: null,
    grade: text('grade'),
    consent: {},
    phone: text('phone'),
    email: text('email'),
    lastPurchaseAt: null,
    frequency90d: 0,
    monetary90d: 0,
  };
};

const recipientOf = (row: RecipientRow, externalId: string): Recipient => ({
  externalId,
  phone: row.kind === 'phone' ? row.address : null,
  email: row.kind === 'email' ? row.address : null,
  pushTokens: row.kind === 'push' ? [row.address] : [],
});

/** Renders like the engine; a template that fails to render is the sender's to fix (422), never a 500. */
const renderTestMessage = (
  channel: TestSendInput['channel'],
  content: unknown,
  customer: CustomerRecord,
  now: Date,
  timezone: string,
): RenderedMessage => {
  try {
    return renderMessageForRun(channel, content, customer, null, now, timezone);
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, code: error.code, reason: error.message };
    throw error;
  }
};

/** A provider adapter that throws instead of answering failed is reported as a failed send. */
const sendSafely = async (adapter: ChannelAdapter, message: OutboundMessage): Promise<DeliveryResult> => {
  try {
    return await adapter.send(message);
  } catch (error) {
    return {
      status: 'failed',
      retryable: false,
      code: 'send_error',
      error: error instanceof Error ? error.message : String(error),
    };
  }
};

/**
 * `POST /api/test-sends`: one real send to a saved test recipient through the workspace's provider
 * (sandbox by default). The text passes the same compliance check as the journey's send ((광고) first,
 * sender name, the 080 line, the registered AlimTalk template) and is rendered the engine's way; it is
 * stored as a `test` outbox row that the delivery worker, stats, reports and caps all leave out.
 */
export const sendTest = async (
  deps: ServerDeps,
  actor: UserPrincipal,
  input: TestSendInput,
): Promise<TestSendResponse> => {
  const now = deps.now();
  const { workspaceId } = actor;
  await assertTestSendAllowed(deps.db.sql, workspaceId, actor.userId, now);
  const recipient = await resolveRecipient(deps, actor, input);
  const context = await loadComplianceContext(deps.db.sql, workspaceId);
  const template = input.templateId ? context.templates?.find((t) => t.id === input.templateId) : undefined;
  if (input.templateId && !template) throw new NotFoundError('Template');
  const content = template ? template.content : input.content;
  const parsed = channelContentSchemas[input.channel].safeParse(content);
  if (!parsed.success) {
    throw new ValidationFailedError('The message content is incomplete', {
      issues: parsed.error.issues.map((issue) => ({
        field: issue.path.join('.'),
        code: 'invalid_content',
        message: issue.message,
      })),
    });
  }
  const issues = checkSendCompliance(
    {
      channel: input.channel,
      purpose: input.purpose,
      ...(input.templateId ? { templateId: input.templateId } : { content: parsed.data }),
    },
    context,
  ).filter((issue) => issue.severity === 'error');
  if (issues.length > 0) {
    throw new ValidationFailedError(
      `The message breaks the sending rules: ${issues.map((issue) => issue.message).join(' ')}`,
      { issues },
    );
  }
  const purpose = effectivePurpose(input.purpose, template?.purpose);
  const customer = await resolveCustomer(deps, workspaceId, input);
  const [workspace] = await deps.db.sql.query<{ timezone: string }>(
    'select timezone from workspaces where id = $1',
    [workspaceId],
  );
  const timezone = customer.timezone ?? workspace?.timezone ?? 'Asia/Seoul';
  const rendered = renderTestMessage(input.channel, parsed.data, customer, now, timezone);
  if (!rendered.ok) {
    throw new ValidationFailedError(rendered.reason, {
      issues: [{ code: rendered.code, message: rendered.reason }],
    });
  }

  const id = newId('msg');
  const adapter = await deps.channels.registry.resolve(workspaceId, input.channel);
  const result = await sendSafely(adapter, {
    id,
    idempotencyKey: `test:${id}`,
    workspaceId,
    journeyId: null,
    runId: null,
    nodeId: null,
    customerId: '',
    channel: input.channel,
    purpose,
    content: rendered.rendered as never,
    to: recipientOf(recipient, customer.externalId),
    attempt: 1,
  });
  const rejection = rejectionOf(result);
  const status = result.status;
  const reason = rejection
    ? `rejected_by_provider: ${rejection.params.providerCode}: ${rejection.params.detail}`
    : null;
  const row = await deps.db.sql.transaction(async (tx) => {
    const [inserted] = await tx.query(
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
                           customer_id, external_id, channel, purpose, status, content, rendered, reason, attempts,
                           provider_message_id, last_error, test, created_at, updated_at)
       values ($1, $2, '', 0, '', '', 0, $3, '', $4, $5, $6, $7, $8::text::jsonb, $9::text::jsonb, $10, 1, $11, $10,
               true, $12, $12)
       returning id, journey_id, run_id, external_id, node_id, channel, purpose, status, rendered, reason,
                 created_at, updated_at, test`,
      [
        id,
        workspaceId,
        `test:${id}`,
        customer.externalId,
        input.channel,
        purpose,
        status,
        JSON.stringify(parsed.data),
        JSON.stringify(rendered.rendered),
        reason,
        result.status === 'failed' ? null : (result.providerMessageId ?? null),
        now.toISOString(),
      ],
    );
    await recordAudit(tx, {
      workspaceId,
      actorId: actor.userId,
      action: TEST_SEND_AUDIT_ACTION,
      entityType: 'test_send',
      entityId: id,
      details: {
        channel: input.channel,
        purpose,
        recipientId: recipient.id,
        recipientName: recipient.name,
        ...(input.templateId ? { templateId: input.templateId } : {}),
        customer: input.customer && 'externalId' in input.customer ? input.customer.externalId : 'made-up',
        status,
      },
      at: now,
    });
    return inserted;
  });
  if (!row) throw new Error('insert returned no row');
  return { message: toMessage(row), ...(rejection ? { rejection } : {}) };
};
