import { exampleGradeTiers, type GradeTier } from '@journeyflow/shared/audience/gradeTiers';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from '../../../api/queryKeys';
import { ActionButton } from '../../../components/ActionButton';
import { EmptyState } from '../../../components/EmptyState';
import { LoadError } from '../../../components/LoadError';
import { PageHead } from '../../../components/PageHead';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useT } from '../../../i18n/useT';
import { useIsAdmin } from '../../auth/hooks/useIsAdmin';
import { ConditionBuilder } from '../../conditions/ConditionBuilder';
import { useSaveSettings } from '../../settings/hooks/useSaveSettings';
import { gradesClient } from '../gradesClient';

/**
 * Grade tier settings: ordered tiers, each a name and a rule (a Condition, usually on `rfm.*`); the
 * first matching tier wins. Saving re-grades everyone and emits `grade_changed` for each change.
 */
export function GradeSettingsPage() {
  const t = useT();
  // Re-grading everyone starts grade journeys: only admins change tiers (the server answers 403 otherwise).
  const isAdmin = useIsAdmin();
  const saved = useQuery({
    queryKey: queryKeys.grades.tiers,
    queryFn: ({ signal }) => gradesClient.get(signal),
  });
  const [tiers, setTiers] = useState<GradeTier[]>([]);
  useEffect(() => {
    if (saved.data) setTiers(saved.data.tiers);
  }, [saved.data]);
  const save = useSaveSettings(queryKeys.grades.tiers, () => gradesClient.save({ tiers }), {
    savedKey: 'grades.saved',
  });
  if (saved.isPending) return <PageSkeleton rows={4} />;
  if (saved.isError) return <LoadError message={saved.error.message} onRetry={() => void saved.refetch()} />;

  const update = (index: number, tier: GradeTier) =>
    setTiers(tiers.map((old, i) => (i === index ? tier : old)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...tiers];
    const [tier] = next.splice(index, 1);
    if (tier) next.splice(index + by, 0, tier);
    setTiers(next);
  };

  return (
    <div className="jf-page">
      <PageHead title={t('grades.title')}>
        {isAdmin && (
          <div className="jf-row">
            {tiers.length === 0 && (
              <button type="button" className="jf-button" onClick={() => setTiers(exampleGradeTiers.tiers)}>
                {t('grades.useExample')}
              </button>
            )}
            <button
              type="button"
              className="jf-button"
              onClick={() =>
                setTiers([...tiers, { name: t('grades.newTier', { n: tiers.length + 1 }), rule: null }])
              }
            >
              {t('grades.addTier')}
            </button>
            <ActionButton
              name="Save"
              caption={t('editor.save')}
              className="jf-button jf-button-primary"
              disabled={save.isPending}
              onClick={() => save.mutate()}
            />
          </div>
        )}
      </PageHead>
      <p className="jf-hint">{t('grades.help')}</p>
      {!isAdmin && <p className="jf-banner">{t('cfg.adminOnly')}</p>}
      {save.isError && <p className="jf-error-text">{save.error.message}</p>}
      {save.isSuccess && <p className="jf-hint">{t('grades.saved')}</p>}
      {tiers.length === 0 && <EmptyState title={t('grades.emptyTitle')} body={t('grades.emptyBody')} />}
      <fieldset className="jf-plain-fieldset" disabled={!isAdmin}>
        {tiers.map((tier, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: tiers are edited in place; position is their identity.
          <section key={index} className="jf-card" aria-label={t('grades.tierLabel', { name: tier.name })}>
            <div className="jf-row">
              <input
                className="jf-input"
                aria-label={t('grades.name')}
                value={tier.name}
                onChange={(event) => update(index, { ...tier, name: event.target.value })}
              />
              <button
                type="button"
                className="jf-icon-button"
                aria-label={t('grades.moveUp')}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="jf-icon-button"
                aria-label={t('grades.moveDown')}
                disabled={index === tiers.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="jf-icon-button"
                aria-label={t('grades.remove')}
                onClick={() => setTiers(tiers.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </div>
            {tier.rule ? (
              <ConditionBuilder
                value={tier.rule}
                onChange={(rule) => update(index, { ...tier, rule })}
                onRemove={() => update(index, { ...tier, rule: null })}
                path={`tiers.${index}.rule`}
              />
            ) : (
              <p className="jf-hint">
                {t('grades.everyoneElse')}{' '}
                <button
                  type="button"
                  className="jf-link-button"
                  onClick={() =>
                    update(index, { ...tier, rule: { attribute: 'rfm.monetary_90d', op: 'gte', value: 0 } })
                  }
                >
                  {t('grades.addRule')}
                </button>
              </p>
            )}
          </section>
        ))}
      </fieldset>
    </div>
  );
}
