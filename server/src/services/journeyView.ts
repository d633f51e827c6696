import type { Journey, JourneySummary } from '@journeyflow/shared/api/journeys';
import type { approvals } from '../db/schema/approvals';
import type { journeys } from '../db/schema/journeys';

export type JourneyRow = typeof journeys.$inferSelect;
export type ApprovalRow = typeof approvals.$inferSelect;

/** Review state of the draft; `status` is the journey's overall state (SPEC §3). */
export type DraftStatus = JourneyRow['draftStatus'];

/**
 * The API's journey. `status` is the journey as a whole (`live`/`paused` once a version runs);
 * `draftStatus` is where the editable draft stands in review, so a live journey whose next draft is
 * `in_review` shows both. `hasUnpublishedChanges` says whether the draft differs from the running version.
 */
export type JourneyView = Journey & {
  readonly draftStatus: DraftStatus;
  readonly hasUnpublishedChanges: boolean;
  readonly liveVersionHash: string | null;
};

export type JourneySummaryView = JourneySummary & {
  readonly draftStatus: DraftStatus;
  readonly hasUnpublishedChanges: boolean;
};

const activePeriodOf = (settings: unknown): Pick<JourneySummary, 'activePeriod'> => {
  const s = (settings ?? {}) as { startsAt?: unknown; endsAt?: unknown; timezone?: unknown };
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const startsAt = text(s.startsAt);
  const endsAt = text(s.endsAt);
  if (!startsAt && !endsAt) return {};
  const timezone = text(s.timezone);
  return {
    activePeriod: {
      ...(startsAt ? { startsAt } : {}),
      ...(endsAt ? { endsAt } : {}),
      ...(timezone ? { timezone } : {}),
    },
  };
};

export const toJourneySummary = (
  row: JourneyRow,
  ownerName: string | null,
  liveVersionHash: string | null,
): JourneySummaryView => ({
  id: row.id,
  name: row.name,
  description: row.description,
  status: row.status,
  draftStatus: row.draftStatus,
  revision: row.revision,
  ownerId: row.createdBy ?? '',
  ...(ownerName === null ? {} : { ownerName }),
  liveVersion: row.liveVersion,
  hasUnpublishedChanges: liveVersionHash === null || liveVersionHash !== row.contentHash,
  ...activePeriodOf(row.settings),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const pinSummary = (pinned: JourneyRow['pinnedTemplates']): Pick<Journey, 'pinnedTemplates'> => {
  const entries = Object.entries(pinned?.templates ?? {});
  if (entries.length === 0) return {};
  return {
    pinnedTemplates: Object.fromEntries(
      entries.map(([id, pin]) => [id, { version: pin.version, name: pin.name }]),
    ),
  };
};

/** `latest` is the journey's most recent submission, which carries the review facts the editor shows. */
export const toJourneyView = (
  row: JourneyRow,
  ownerName: string | null,
  liveVersionHash: string | null,
  latest: ApprovalRow | undefined,
  draftAuthors: readonly string[] = [],
): JourneyView => ({
  ...toJourneySummary(row, ownerName, liveVersionHash),
  ...pinSummary(row.pinnedTemplates),
  graph: row.graph,
  settings: row.settings,
  contentHash: row.contentHash,
  liveVersionHash,
  approvedHash: latest?.state === 'approved' ? latest.contentHash : null,
  submittedBy:
    latest && (latest.state === 'pending' || latest.state === 'approved') ? latest.submittedBy : null,
  approvedBy: latest?.state === 'approved' ? latest.decidedBy : null,
  rejectionComment:
    latest?.state === 'rejected' && row.draftStatus === 'draft' ? (latest.decisionComment ?? null) : null,
  reviewNotice: row.draftStatus === 'draft' ? (row.reviewNotice ?? null) : null,
  draftAuthors: [...draftAuthors],
});
