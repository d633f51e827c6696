import type { DraftJourneyGraph } from '@journeyflow/shared/journey/graph';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { journeysApi } from '../../../api/journeysApi';
import { queryKeys } from '../../../api/queryKeys';
import { useLocaleStore } from '../../../i18n/localeStore';
import { nodeTypeLabel } from '../../../i18n/nodeTypeText';
import { useT } from '../../../i18n/useT';
import { defaultMigrationMap, type MigrationChoice, migrationStepNames } from '../migrationMap';

const EXIT = '__exit__';

type Step = { readonly id: string; readonly type: string; readonly label?: string | undefined };

/**
 * "Move" publishing: every step of the running version (by name, with how many customers are on it) and,
 * for each, the step of the new version they go to — the same id by default — or "지금 종료".
 */
export function MigrationMapTable({
  journeyId,
  liveVersion,
  graph,
  occupancy,
  value,
  onChange,
}: {
  readonly journeyId: string;
  readonly liveVersion: number;
  readonly graph: DraftJourneyGraph;
  readonly occupancy: Readonly<Record<string, number>>;
  readonly value: MigrationChoice | undefined;
  readonly onChange: (map: MigrationChoice) => void;
}) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const live = useQuery({
    queryKey: queryKeys.journeys.version(journeyId, liveVersion),
    queryFn: ({ signal }) => journeysApi.version(journeyId, liveVersion, signal),
  });
  const oldSteps: Step[] = (live.data?.graph.nodes ?? []).filter((n) => n.type !== 'exit');
  const newSteps: Step[] = graph.nodes.filter((n) => n.type !== 'exit');
  const newIds = new Set(graph.nodes.map((n) => n.id));
  const oldIds = new Set(oldSteps.map((s) => s.id));
  const names = migrationStepNames([...oldSteps, ...newSteps.filter((s) => !oldIds.has(s.id))], (type) =>
    nodeTypeLabel(type as never, locale),
  );
  const name = (step: Step) => names.get(step.id) ?? step.id;
  const ready = live.data !== undefined;
  useEffect(() => {
    if (ready && value === undefined)
      onChange(
        defaultMigrationMap(
          oldSteps.map((s) => s.id),
          newIds,
        ),
      );
  });
  if (!ready) return <p className="jf-hint">{t('migrationMap.loading')}</p>;
  return (
    <table className="jf-table jf-table-compact" data-testid="migration-map">
      <caption className="jf-label">{t('migrationMap.title')}</caption>
      <thead>
        <tr>
          <th>{t('migrationMap.step')}</th>
          <th>{t('migrationMap.customers')}</th>
          <th>{t('migrationMap.target')}</th>
        </tr>
      </thead>
      <tbody>
        {oldSteps.map((step) => {
          const target = value?.[step.id];
          return (
            <tr key={step.id} data-step={step.id}>
              <td>
                {name(step)}{' '}
                {newIds.has(step.id) ? null : <span className="jf-hint">{t('migrationMap.removed')}</span>}
              </td>
              <td>{(occupancy[step.id] ?? 0).toLocaleString()}</td>
              <td>
                <select
                  className="jf-input"
                  aria-label={t('migrationMap.pickFor', { step: name(step) })}
                  value={target === null || target === undefined ? EXIT : target}
                  onChange={(event) =>
                    onChange({ ...value, [step.id]: event.target.value === EXIT ? null : event.target.value })
                  }
                >
                  {newSteps.map((n) => (
                    <option key={n.id} value={n.id}>
                      {name(n)}
                    </option>
                  ))}
                  <option value={EXIT}>{t('migrationMap.exitNow')}</option>
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
