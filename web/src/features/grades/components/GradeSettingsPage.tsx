import { exampleGradeTiers, type GradeTier } from '@journeyflow/shared/audience/gradeTiers';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { ConditionBuilder } from '../../editor/components/inspector/ConditionBuilder';
import { gradeKeys, gradesClient } from '../gradesClient';

/**
 * Grade tier settings: ordered tiers, each a name and a rule (a Condition, usually on `rfm.*`); the
 * first matching tier wins. Saving re-grades everyone and emits `grade_changed` for each change.
 */
export function GradeSettingsPage() {
  const queryClient = useQueryClient();
  const saved = useQuery({ queryKey: gradeKeys.tiers, queryFn: ({ signal }) => gradesClient.get(signal) });
  const [tiers, setTiers] = useState<GradeTier[]>([]);
  useEffect(() => {
    if (saved.data) setTiers(saved.data.tiers);
  }, [saved.data]);
  const save = useMutation({
    mutationFn: () => gradesClient.save({ tiers }),
    onSuccess: (data) => queryClient.setQueryData(gradeKeys.tiers, data),
  });
  if (saved.isPending) return <PageSkeleton rows={4} />;
  if (saved.isError) return <p className="jf-error-text">{saved.error.message}</p>;

  const update = (index: number, tier: GradeTier) => setTiers(tiers.map((t, i) => (i === index ? tier : t)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...tiers];
    const [tier] = next.splice(index, 1);
    if (tier) next.splice(index + by, 0, tier);
    setTiers(next);
  };

  return (
    <div className="jf-page">
      <div className="jf-page-head">
        <h1 className="jf-page-title">Grades</h1>
        <div className="jf-row">
          {tiers.length === 0 && (
            <button type="button" className="jf-button" onClick={() => setTiers(exampleGradeTiers.tiers)}>
              Start from the example tiers
            </button>
          )}
          <button
            type="button"
            className="jf-button"
            onClick={() => setTiers([...tiers, { name: `Tier ${tiers.length + 1}`, rule: null }])}
          >
            Add tier
          </button>
          <button
            type="button"
            className="jf-button jf-button-primary"
            disabled={save.isPending}
            onClick={() => save.mutate()}
          >
            Save
          </button>
        </div>
      </div>
      <p className="jf-hint">
        Tiers are tried from the top; the first whose rule matches is the customer's grade. Grades are
        recomputed on every purchase and nightly.
      </p>
      {save.isError && <p className="jf-error-text">{save.error.message}</p>}
      {save.isSuccess && <p className="jf-hint">Saved; customers were re-graded.</p>}
      {tiers.map((tier, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: tiers are edited in place; position is their identity.
        <section key={index} className="jf-card" aria-label={`Tier ${tier.name}`}>
          <div className="jf-row">
            <input
              className="jf-input"
              aria-label="Grade name"
              value={tier.name}
              onChange={(event) => update(index, { ...tier, name: event.target.value })}
            />
            <button
              type="button"
              className="jf-icon-button"
              aria-label="Move up"
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="jf-icon-button"
              aria-label="Move down"
              disabled={index === tiers.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="jf-icon-button"
              aria-label="Remove tier"
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
              Everyone else.{' '}
              <button
                type="button"
                className="jf-link-button"
                onClick={() =>
                  update(index, { ...tier, rule: { attribute: 'rfm.monetary_90d', op: 'gte', value: 0 } })
                }
              >
                Add a rule
              </button>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
