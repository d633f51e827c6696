import type { MigrationMode, PublishResponse } from '@journeyflow/shared/api/journeys';
import type { AdStepWarning } from '@journeyflow/shared/compliance/openAdStepWarnings';
import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { ModalProps } from '../../../components/Dialog';
import { useT } from '../../../i18n/useT';
import { AdWarningsList } from '../../compliance/AdWarningsList';
import { useAdStepWarnings } from '../../compliance/useAdStepWarnings';
import type { MigrationChoice } from '../migrationMap';
import { MigrationMapTable } from './MigrationMapTable';
import { PublishCostEstimate } from './PublishCostEstimate';

/**
 * Publishing asks what happens to customers already inside the running version; a dry run first shows
 * how many sit on each step, so the choice is made with the numbers in front of the user.
 */
export function PublishDialog({
  open,
  journeyId,
  liveVersion,
  graph,
  onClose,
  onDryRun,
  onPublish,
  pending,
  error,
}: ModalProps & {
  /** The last publish answer's error: a `compliance_warning_open` refusal lists its warnings here. */
  readonly error?: unknown;
  readonly journeyId: string;
  /** The running version's number, or null before the first publish. */
  readonly liveVersion: number | null;
  /** The draft being published: its send steps get a cost estimate. */
  readonly graph?: DraftJourneyGraph;
  readonly onDryRun: () => Promise<PublishResponse | undefined>;
  readonly onPublish: (migration: { mode: MigrationMode; map?: MigrationChoice }) => void;
  readonly pending: boolean;
}) {
  const t = useT();
  const [mode, setMode] = useState<MigrationMode>('keep_on_old');
  const [occupancy, setOccupancy] = useState<Record<string, number> | undefined>();
  const [map, setMap] = useState<MigrationChoice | undefined>();
  const hasLiveVersion = liveVersion !== null;
  useEffect(() => {
    if (!open || !hasLiveVersion) return;
    let cancelled = false;
    onDryRun().then(
      (result) => !cancelled && setOccupancy(result?.occupancy),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [open, hasLiveVersion, onDryRun]);
  const localWarnings = useAdStepWarnings(open ? graph : undefined);
  const refused =
    isApiError(error, 'compliance_warning_open') &&
    Array.isArray((error.details as { warnings?: unknown } | undefined)?.warnings)
      ? ((error.details as { warnings: AdStepWarning[] }).warnings ?? [])
      : [];
  const warnings = refused.length > 0 ? refused : localWarnings;
  const counts = Object.entries(occupancy ?? {}).filter(([, count]) => count > 0);
  return (
    <ConfirmDialog
      title={t('review.publishTitle')}
      open={open}
      onClose={onClose}
      name="Publish"
      caption={t('review.publish')}
      disabled={pending || warnings.length > 0}
      onConfirm={() => onPublish(mode === 'move' && map ? { mode, map } : { mode })}
    >
      {warnings.length > 0 && (
        <div className="jf-banner is-error" role="status" data-testid="publish-blocked">
          {t('rw.publish.blocked')}
          <AdWarningsList warnings={warnings} />
        </div>
      )}
      {hasLiveVersion ? (
        <fieldset className="jf-field">
          <legend className="jf-label">{t('review.migration')}</legend>
          <label className="jf-radio">
            <input
              type="radio"
              name="migration"
              checked={mode === 'keep_on_old'}
              onChange={() => setMode('keep_on_old')}
            />
            {t('review.keepOnOld')}
          </label>
          <label className="jf-radio">
            <input type="radio" name="migration" checked={mode === 'move'} onChange={() => setMode('move')} />
            {t('review.move')}
          </label>
          {mode === 'move' && graph && liveVersion !== null && (
            <MigrationMapTable
              journeyId={journeyId}
              liveVersion={liveVersion}
              graph={graph}
              occupancy={occupancy ?? {}}
              value={map}
              onChange={setMap}
            />
          )}
          {mode === 'keep_on_old' && counts.length > 0 && (
            <table className="jf-table jf-table-compact" data-testid="publish-occupancy">
              <tbody>
                {counts.map(([nodeId, count]) => (
                  <tr key={nodeId}>
                    <td>{nodeId}</td>
                    <td>{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </fieldset>
      ) : (
        <p>{t('review.firstVersion')}</p>
      )}
      {graph && <PublishCostEstimate graph={graph} />}
    </ConfirmDialog>
  );
}
