import { describe, expect, it } from 'vitest';
import { seedJourneys } from '../journey/fixtures/seedJourneys';
import { customerUpsertRequestSchema } from './customers';
import { apiErrorSchema, errorCodeSchema, httpStatusByErrorCode } from './errors';
import { trackEventRequestSchema } from './events';
import {
  createJourneyRequestSchema,
  journeySchema,
  journeyVersionSchema,
  publishRequestSchema,
  updateJourneyRequestSchema,
} from './journeys';
import { messageSchema } from './messages';
import { normalizePhoneNumber, optoutRequestSchema } from './optouts';
import { createSegmentRequestSchema } from './segments';
import { segmentBatchSchema } from './segmentTrackingApi';
import { journeyStatsSchema } from './stats';
import { createTemplateRequestSchema } from './templates';
import { traceEntrySchema } from './trace';
import { updateUserRequestSchema } from './users';

describe('API schemas', () => {
  it('maps every error code to an HTTP status', () => {
    for (const code of errorCodeSchema.options)
      expect(httpStatusByErrorCode[code]).toBeGreaterThanOrEqual(400);
    expect(httpStatusByErrorCode.self_approval).toBe(403);
    expect(httpStatusByErrorCode.stale_revision).toBe(409);
    expect(
      apiErrorSchema.safeParse({ error: { code: 'not_found', message: 'No such journey' } }).success,
    ).toBe(true);
    expect(apiErrorSchema.safeParse({ error: { code: 'oops', message: 'x' } }).success).toBe(false);
  });

  it('saves unfinished drafts: node settings are not checked on create/update', () => {
    const body = {
      name: '새 여정',
      graph: {
        nodes: [{ id: 'n1', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: '' } }],
        edges: [{ id: 'e1', source: 'n1', target: 'n2' }],
      },
      settings: { timezone: 'Asia/Seoul' },
    };
    const parsed = createJourneyRequestSchema.parse(body);
    expect(parsed.graph?.edges[0]?.sourceHandle).toBe('next');
    // Unknown node types and missing positions are still structural errors.
    expect(
      createJourneyRequestSchema.safeParse({
        name: 'x',
        graph: { nodes: [{ id: 'n', type: 'nope' }], edges: [] },
      }).success,
    ).toBe(false);
    expect(createJourneyRequestSchema.safeParse({ name: '  ' }).success).toBe(false);
  });

  it('requires the revision on update', () => {
    expect(updateJourneyRequestSchema.safeParse({ name: 'x' }).success).toBe(false);
    expect(updateJourneyRequestSchema.parse({ name: 'x', revision: 3 })).toEqual({ name: 'x', revision: 3 });
  });

  it('defaults the publish migration to keep_on_old', () => {
    expect(publishRequestSchema.parse({ migration: {} })).toEqual({ migration: { mode: 'keep_on_old' } });
    expect(publishRequestSchema.safeParse({ migration: { mode: 'teleport' } }).success).toBe(false);
  });

  it('accepts customer consent as an ISO date or null', () => {
    const ok = customerUpsertRequestSchema.safeParse({
      externalId: 'c1',
      attributes: { name: '김민지', phone: '010-1234-5678' },
      timezone: 'Asia/Seoul',
      consent: { sms: '2026-01-02', kakao: null, push: '2026-01-02T10:00:00+09:00' },
    });
    expect(ok.success).toBe(true);
    expect(customerUpsertRequestSchema.safeParse({ externalId: 'c1', consent: { sms: true } }).success).toBe(
      false,
    );
    expect(customerUpsertRequestSchema.safeParse({ externalId: 'c1', consent: { fax: null } }).success).toBe(
      false,
    );
  });

  it('validates events', () => {
    expect(
      trackEventRequestSchema.safeParse({
        externalId: 'c1',
        name: 'purchase',
        properties: { total: 12000 },
        timestamp: '2026-11-25T10:00:00Z',
        messageId: 'm-1',
      }).success,
    ).toBe(true);
    expect(trackEventRequestSchema.safeParse({ externalId: 'c1', name: '' }).success).toBe(false);
    expect(
      trackEventRequestSchema.safeParse({ externalId: 'c1', name: 'x', timestamp: 'yesterday' }).success,
    ).toBe(false);
  });

  it('distinguishes dynamic and static segments', () => {
    expect(
      createSegmentRequestSchema.safeParse({
        name: 'VIP',
        condition: { attribute: 'grade', op: 'eq', value: 'VIP' },
      }).success,
    ).toBe(true);
    expect(createSegmentRequestSchema.safeParse({ name: 'Partner audience', type: 'static' }).success).toBe(
      true,
    );
    expect(createSegmentRequestSchema.safeParse({ name: 'Nothing' }).success).toBe(false);
  });

  it('checks template content against its channel', () => {
    expect(
      createTemplateRequestSchema.safeParse({
        name: 't',
        channel: 'sms',
        purpose: 'info',
        content: { text: 'hi' },
      }).success,
    ).toBe(true);
    expect(
      createTemplateRequestSchema.safeParse({
        name: 't',
        channel: 'email',
        purpose: 'info',
        content: { text: 'hi' },
      }).success,
    ).toBe(false);
  });

  it('normalizes opt-out phone numbers', () => {
    expect(optoutRequestSchema.safeParse({ phones: ['010-1234-5678', '+82 10 1234 5678'] }).success).toBe(
      true,
    );
    expect(optoutRequestSchema.safeParse({ phones: ['call me'] }).success).toBe(false);
    expect(normalizePhoneNumber('+82 10-1234-5678')).toBe('01012345678');
    expect(normalizePhoneNumber('010 1234 5678')).toBe('01012345678');
  });

  it('accepts Segment-style batches', () => {
    const parsed = segmentBatchSchema.safeParse({
      batch: [
        { type: 'identify', userId: 'u1', traits: { name: 'A' } },
        { type: 'track', userId: 'u1', event: 'purchase', properties: { total: 1 } },
      ],
    });
    expect(parsed.success).toBe(true);
  });

  it('refuses an empty user update', () => {
    expect(updateUserRequestSchema.safeParse({}).success).toBe(false);
    expect(updateUserRequestSchema.safeParse({ active: false }).success).toBe(true);
  });

  it('describes journey, version, message, trace and stats answers', () => {
    const seed = seedJourneys[0]!.journey as { name: string; graph: unknown; settings: unknown };
    const at = '2026-11-25T10:00:00.000Z';
    expect(
      journeySchema.safeParse({
        id: 'j1',
        name: seed.name,
        status: 'live',
        draftStatus: 'in_review',
        hasUnpublishedChanges: true,
        revision: 4,
        ownerId: 'u1',
        liveVersion: 2,
        graph: seed.graph,
        settings: seed.settings,
        contentHash: 'a'.repeat(64),
        liveVersionHash: 'b'.repeat(64),
        createdAt: at,
        updatedAt: at,
      }).error?.issues ?? [],
    ).toEqual([]);
    expect(
      journeyVersionSchema.safeParse({
        journeyId: 'j1',
        version: 2,
        name: seed.name,
        contentHash: 'a'.repeat(64),
        publishedBy: 'u1',
        publishedAt: at,
        graph: seed.graph,
        settings: seed.settings,
      }).success,
    ).toBe(true);
    expect(
      messageSchema.safeParse({
        id: 'm1',
        journeyId: 'j1',
        runId: 'r1',
        externalId: 'c1',
        nodeId: 'coupon',
        channel: 'sms',
        purpose: 'ad',
        status: 'skipped',
        rendered: { text: '(광고) …', type: 'SMS' },
        reason: 'quiet hours (21:00–08:00) without night consent',
        createdAt: at,
      }).success,
    ).toBe(true);
    expect(
      traceEntrySchema.safeParse({
        at,
        journeyId: 'j1',
        version: 2,
        nodeId: 'valuable',
        nodeType: 'condition',
        handle: 'no',
        reason: 'grade in [VIP, Gold] was false: grade = Silver',
      }).success,
    ).toBe(true);
    const counts = { entered: 10, active: 2, completed: 8, sent: 7, failed: 1, skipped: 0 };
    expect(
      journeyStatsSchema.safeParse({ nodes: { coupon: counts }, entered: 10, active: 2, converted: 3 })
        .success,
    ).toBe(true);
  });
});
