import type { Segment } from '@journeyflow/shared/api/segments';
import type { Condition } from '@journeyflow/shared/journey/condition';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConditionBuilder } from '../../editor/components/inspector/ConditionBuilder';
import { segmentKeys, segmentsClient } from '../segmentsClient';
import { useLiveCount } from '../useLiveCount';

const EMPTY: Condition = { all: [{ attribute: 'grade', op: 'in', value: ['VIP'] }] };

/** Name + the editor's visual Condition builder + the live count of who matches now. */
export function SegmentBuilder({
  segment,
  onSaved,
}: {
  readonly segment: Segment | null;
  readonly onSaved: (segment: Segment) => void;
}) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(segment?.name ?? '');
  const [condition, setCondition] = useState<Condition>(segment?.condition ?? EMPTY);
  const live = useLiveCount(condition);
  const save = useMutation({
    mutationFn: () =>
      segment
        ? segmentsClient.update(segment.id, { name, condition })
        : segmentsClient.create({ name, condition }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: segmentKeys.list });
      onSaved(saved);
    },
  });

  return (
    <section className="jf-card" aria-label="Segment builder">
      <label className="jf-field">
        <span className="jf-label">Name</span>
        <input className="jf-input" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <div className="jf-field">
        <span className="jf-label">Who is in it</span>
        <ConditionBuilder value={condition} onChange={setCondition} path="condition" />
      </div>
      <p className="jf-count" aria-live="polite" data-testid="segment-live-count">
        {!live.valid
          ? 'Finish the condition to see the count'
          : live.isError
            ? live.error.message
            : live.data
              ? `${live.data.count.toLocaleString()} customers match now${live.settling || live.isFetching ? ' …' : ''}`
              : 'Counting…'}
      </p>
      {live.data && live.data.sample.length > 0 && (
        <p className="jf-hint">
          e.g.{' '}
          {live.data.sample
            .slice(0, 5)
            .map((c) => c.externalId)
            .join(', ')}
        </p>
      )}
      {save.isError && <p className="jf-error-text">{save.error.message}</p>}
      <div className="jf-row">
        <button
          type="button"
          className="jf-button jf-button-primary"
          disabled={name.trim() === '' || !live.valid || save.isPending}
          onClick={() => save.mutate()}
        >
          Save
        </button>
      </div>
    </section>
  );
}
