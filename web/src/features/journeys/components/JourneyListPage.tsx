import {
  type JourneyStatus,
  type JourneySummary,
  journeyStatusSchema,
} from '@journeyflow/shared/api/journeys';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useDeferredValue, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { journeysApi } from '../../../api/journeysApi';
import { queryKeys } from '../../../api/queryKeys';
import { DataTable } from '../../../components/DataTable';
import { Dialog } from '../../../components/Dialog';
import { EmptyState } from '../../../components/EmptyState';
import { formatRelativeTime } from '../../../components/formatRelativeTime';
import { InputField } from '../../../components/InputField';
import { PageHead } from '../../../components/PageHead';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { SearchInput } from '../../../components/SearchInput';
import { StatusBadge } from '../../../components/StatusBadge';
import { pushToast } from '../../../components/toastStore';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { ActivePeriodBadge } from './ActivePeriodBadge';
import { DraftReviewBadge } from './DraftReviewBadge';
import { JourneyGalleryDialog } from './JourneyGalleryDialog';
import { SaveAsTemplateButton } from './SaveAsTemplateButton';

type Filter = JourneyStatus | 'all' | 'review_queue';

export function JourneyListPage() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { user } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const filter = (params.get('filter') ?? 'all') as Filter;
  const deferredQ = useDeferredValue(q);
  const status = filter === 'review_queue' ? 'in_review' : filter === 'all' ? undefined : filter;
  const query = useJourneyList(deferredQ, status);
  const [creating, setCreating] = useState(false);
  const [browsing, setBrowsing] = useState(false);
  const [name, setName] = useState('');

  const setParam = (key: string, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === '' || value === 'all') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const create = useMutation({
    mutationFn: (journeyName: string) => journeysApi.create({ name: journeyName }),
    onSuccess: (journey) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.journeys.all });
      void navigate(`/journeys/${journey.id}`);
    },
  });
  const duplicate = useMutation({
    mutationFn: async (source: JourneySummary) => {
      const full = await journeysApi.get(source.id);
      return journeysApi.create({
        name: `${t('list.copyOf')} ${full.name}`.slice(0, 200),
        graph: full.graph,
        settings: full.settings,
        ...(full.description ? { description: full.description } : {}),
      });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.journeys.all }),
  });
  const archive = useMutation({
    mutationFn: (id: string) => journeysApi.action(id, 'archive'),
    onSuccess: () => {
      pushToast('success', t('status.archived'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.journeys.all });
    },
  });

  const items = (query.data?.items ?? []).filter((journey) =>
    // The queue lists what this reviewer may approve: nobody approves their own journey.
    filter === 'review_queue'
      ? journey.ownerId !== user?.id
      : filter === 'all'
        ? journey.status !== 'archived'
        : true,
  );
  const canReview = user?.role === 'reviewer' || user?.role === 'admin';

  const submitCreate = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') create.mutate(name.trim());
  };

  return (
    <div className="jf-page">
      <PageHead title={t('list.title')}>
        <div className="jf-row">
          <button type="button" className="jf-button" onClick={() => setBrowsing(true)}>
            {t('gallery.open')}
          </button>
          <button type="button" className="jf-button jf-button-primary" onClick={() => setCreating(true)}>
            + {t('list.create')}
          </button>
        </div>
      </PageHead>
      <JourneyGalleryDialog open={browsing} onClose={() => setBrowsing(false)} />
      <div className="jf-toolbar-row">
        <SearchInput
          label={t('common.search')}
          placeholder={t('list.searchPlaceholder')}
          value={q}
          onChange={(text) => setParam('q', text)}
        />
        <select
          className="jf-input"
          aria-label={t('list.statusFilter')}
          value={filter}
          onChange={(event) => setParam('filter', event.target.value)}
        >
          <option value="all">{t('common.all')}</option>
          {canReview && <option value="review_queue">{t('list.reviewQueue')}</option>}
          {journeyStatusSchema.options.map((option) => (
            <option key={option} value={option}>
              {t(`status.${option}`)}
            </option>
          ))}
        </select>
        {canReview && filter !== 'review_queue' && (
          <button
            type="button"
            className="jf-button jf-button-ghost"
            onClick={() => setParam('filter', 'review_queue')}
          >
            {t('list.reviewQueue')}
          </button>
        )}
      </div>
      {query.isLoading ? (
        <PageSkeleton rows={5} />
      ) : items.length === 0 ? (
        q === '' && filter === 'all' ? (
          <div className="jf-empty" data-testid="journeys-empty">
            <h2>{t('list.emptyTitle')}</h2>
            <p>{t('list.emptyBody')}</p>
            <button type="button" className="jf-button jf-button-primary" onClick={() => setCreating(true)}>
              + {t('list.create')}
            </button>
          </div>
        ) : (
          <EmptyState body={filter === 'review_queue' ? t('list.reviewEmpty') : t('list.noMatch')} />
        )
      ) : (
        <DataTable
          columns={[t('list.name'), t('list.statusFilter'), t('list.owner'), t('list.updated')]}
          rowActionLabel={t('list.actions')}
          testId="journey-table"
        >
          {items.map((journey) => (
            <tr key={journey.id} data-journey-id={journey.id}>
              <td>
                <Link
                  to={
                    journey.status === 'in_review' && journey.ownerId !== user?.id
                      ? `/journeys/${journey.id}/review`
                      : `/journeys/${journey.id}`
                  }
                  className="jf-table-link"
                >
                  {journey.name}
                </Link>
                {journey.description && <div className="jf-hint">{journey.description}</div>}
              </td>
              <td>
                <StatusBadge status={journey.status} />
                {journey.activePeriod && (
                  <ActivePeriodBadge settings={journey.activePeriod} quietWhenRunning />
                )}
                {journey.liveVersion !== null && <span className="jf-hint"> v{journey.liveVersion}</span>}
                <DraftReviewBadge journey={journey} />
              </td>
              <td className="jf-nowrap">{journey.ownerName ?? journey.ownerId}</td>
              <td className="jf-nowrap" title={new Date(journey.updatedAt).toLocaleString(locale)}>
                {formatRelativeTime(journey.updatedAt, locale)}
              </td>
              <td className="jf-table-actions">
                <Link to={`/journeys/${journey.id}/review`} className="jf-button jf-button-ghost">
                  {t('editor.review')}
                </Link>
                <button
                  type="button"
                  className="jf-button jf-button-ghost"
                  onClick={() => duplicate.mutate(journey)}
                >
                  {t('list.duplicate')}
                </button>
                <SaveAsTemplateButton journeyId={journey.id} />
                {journey.status !== 'archived' && user?.role === 'admin' && (
                  <button
                    type="button"
                    className="jf-button jf-button-ghost"
                    onClick={() => {
                      if (window.confirm(t('list.archiveConfirm'))) archive.mutate(journey.id);
                    }}
                  >
                    {t('list.archive')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Dialog
        title={t('list.createTitle')}
        open={creating}
        onClose={() => setCreating(false)}
        actions={
          <>
            <button type="button" className="jf-button" onClick={() => setCreating(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              form="create-journey"
              className="jf-button jf-button-primary"
              disabled={create.isPending || name.trim() === ''}
            >
              {t('list.create')}
            </button>
          </>
        }
      >
        <form id="create-journey" onSubmit={submitCreate}>
          <InputField
            bare
            label={t('list.name')}
            autoFocus
            placeholder={t('list.namePlaceholder')}
            value={name}
            maxLength={200}
            onChange={setName}
          />
        </form>
      </Dialog>
    </div>
  );
}

function useJourneyList(q: string, status: JourneyStatus | undefined) {
  const query = { ...(q ? { q } : {}), ...(status ? { status } : {}) };
  return useQuery({
    queryKey: queryKeys.journeys.list(query),
    queryFn: ({ signal }) => journeysApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}
