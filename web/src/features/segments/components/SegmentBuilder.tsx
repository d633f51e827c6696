import type { Segment, UpdateSegmentResponse } from '@journeyflow/shared/api/segments';
import type { Condition } from '@journeyflow/shared/journey/condition';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { limitErrorText } from '../../../api/limitErrorText';
import { queryKeys } from '../../../api/queryKeys';
import { ActionButton } from '../../../components/ActionButton';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { pushToast } from '../../../components/toastStore';
import { useT } from '../../../i18n/useT';
import { ConditionBuilder } from '../../conditions/ConditionBuilder';
import { segmentsClient } from '../segmentsClient';
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
  const t = useT();
  const queryClient = useQueryClient();
  const [name, setName] = useState(segment?.name ?? '');
  const [condition, setCondition] = useState<Condition>(segment?.condition ?? EMPTY);
  const live = useLiveCount(condition);
  const save = useMutation({
    mutationFn: () =>
      segment
        ? segmentsClient.update(segment.id, { name, condition })
        : segmentsClient.create({ name, condition }),
    // Size caps and reference loops are told in the reader's language; other errors by the global toast.
    meta: { silentError: true },
    onError: (error) => pushToast('error', limitErrorText(error, t) ?? error.message),
    onSuccess: async (saved) => {
      const { warning, pendingChangeId } = saved as UpdateSegmentResponse;
      if (pendingChangeId) {
        // Live journeys use the segment: the edit waits for another reviewer (workspace review setting).
        pushToast(
          'info',
          t('segments.change.held', { names: warning?.journeys.map((j) => j.name).join(', ') ?? '' }),
        );
        await queryClient.invalidateQueries({ queryKey: queryKeys.segments.all });
        return;
      }
      pushToast('success', t('segments.saved', { name: saved.name, count: saved.count.toLocaleString() }));
      // Live or approved journeys enter from / check this segment: say whose audience just changed.
      if (warning) {
        pushToast(
          'info',
          t('segments.inUseWarning', { names: warning.journeys.map((j) => j.name).join(', ') }),
        );
      }
      await queryClient.invalidateQueries({ queryKey: queryKeys.segments.list });
      onSaved(saved);
    },
  });
  const busy = live.settling || live.isFetching;

  return (
    <section className="jf-card" aria-label={t('segments.builder')}>
      <label className="jf-field">
        <span className="jf-label">{t('segments.name')}</span>
        <input
          className="jf-input"
          value={name}
          placeholder={t('segments.namePlaceholder')}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <div className="jf-field">
        <span className="jf-label">{t('segments.who')}</span>
        <ConditionBuilder value={condition} onChange={setCondition} path="condition" />
      </div>
      <div
        className={`jf-live-count${live.valid && live.isError ? ' is-error' : ''}`}
        aria-live="polite"
        aria-busy={busy}
        data-testid="segment-live-count"
        data-count={live.valid && live.data && !busy ? live.data.count : undefined}
      >
        {!live.valid ? (
          <span className="jf-hint">{t('segments.incomplete')}</span>
        ) : live.isError ? (
          <span>{live.error.message}</span>
        ) : live.data ? (
          <>
            <strong>{live.data.count.toLocaleString()}</strong>
            <span>{t('segments.matchNow')}</span>
            {busy && <span className="jf-hint">{t('segments.recounting')}</span>}
          </>
        ) : (
          <span className="jf-hint">{t('segments.counting')}</span>
        )}
      </div>
      {live.valid && live.data && live.data.sample.length > 0 && (
        <div className="jf-sample">
          <span className="jf-hint">{t('segments.sample')}:</span>
          {live.data.sample.slice(0, 6).map((c) => (
            <Link key={c.id} className="jf-chip" to={`/customers/${encodeURIComponent(c.externalId)}`}>
              {typeof c.attributes.name === 'string'
                ? `${c.attributes.name} · ${c.externalId}`
                : c.externalId}
            </Link>
          ))}
        </div>
      )}
      <ErrorAlert message={save.error?.message} />
      <div className="jf-row">
        <ActionButton
          name="Save"
          caption={t('editor.save')}
          className="jf-button jf-button-primary"
          disabled={name.trim() === '' || !live.valid || save.isPending}
          onClick={() => save.mutate()}
        />
        {name.trim() === '' && <span className="jf-hint">{t('segments.nameNeeded')}</span>}
      </div>
    </section>
  );
}
