import { type MessageListQuery, messageStatusSchema } from '@journeyflow/shared/api/messages';
import { channelSchema } from '@journeyflow/shared/messaging/channelContent';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { journeysApi } from '../../../api/journeysApi';
import { cursorPaging } from '../../../api/pageQuery';
import { queryKeys } from '../../../api/queryKeys';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ExportButtons } from '../../../components/ExportButtons';
import { formatJourneyRelativeTime } from '../../../components/formatRelativeTime';
import { PageHead } from '../../../components/PageHead';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { PagingFooter } from '../../../components/PagingFooter';
import { zonedTime } from '../../../components/zonedTime';
import { channelLabel, messageStatusLabel } from '../../../i18n/labels';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';
import { MessagePreview } from '../../previews/components/MessagePreview';
import { useAlimtalkRegistry } from '../../previews/useAlimtalkRegistry';
import { messageReasonText } from '../messageReasonText';
import { messagesClient } from '../messagesClient';
import { summarizeRendered } from '../summarizeRendered';

const readQuery = (params: URLSearchParams): MessageListQuery => {
  const channel = channelSchema.safeParse(params.get('channel'));
  const status = messageStatusSchema.safeParse(params.get('status'));
  return {
    ...(params.get('journeyId') ? { journeyId: params.get('journeyId')! } : {}),
    ...(params.get('externalId') ? { externalId: params.get('externalId')! } : {}),
    ...(channel.success ? { channel: channel.data } : {}),
    ...(status.success ? { status: status.data } : {}),
    ...(params.get('test') === 'true' ? { test: 'true' as const } : {}),
  };
};

/**
 * `/messages`: every message of the outbox with its delivery status and reason (skips, fallbacks,
 * dead letters), filterable by journey, customer, channel and status; refreshes while open.
 */
export function MessagesPage() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  // The row whose message is shown as the customer saw it (one at a time keeps the log scannable).
  const [openId, setOpenId] = useState<string | null>(null);
  const alimtalkRegistry = useAlimtalkRegistry() ?? [];
  const [params, setParams] = useSearchParams();
  // Journeys by name, never by id: the log links each message to its journey.
  const journeys = useQuery({
    queryKey: queryKeys.journeys.list({}),
    queryFn: ({ signal }) => journeysApi.list({}, signal),
    staleTime: 60_000,
  });
  const journeyName = (id: string) => journeys.data?.items.find((journey) => journey.id === id)?.name;
  const query = readQuery(params);
  const list = useInfiniteQuery({
    queryKey: queryKeys.messages.pages(query),
    queryFn: ({ pageParam, signal }) => messagesClient.page(query, pageParam, signal),
    ...cursorPaging,
    placeholderData: keepPreviousData,
    // Live refresh only while the first page is shown: refetching many loaded pages every 5 s is waste.
    refetchInterval: (q) => ((q.state.data?.pages.length ?? 0) > 1 ? false : 5000),
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const setParam = (key: string, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  // The typed filters (a customer's or a journey's id), then the drop-downs; "" means no filter.
  const textFilters = [
    { param: 'externalId', label: t('messages.customerFilter') },
    { param: 'journeyId', label: t('messages.journeyFilter') },
  ];
  const choiceFilters = [
    {
      param: 'channel',
      label: t('messages.channel'),
      value: query.channel ?? '',
      options: [
        { value: '', label: t('messages.allChannels') },
        ...channelSchema.options.map((c) => ({ value: c, label: channelLabel(t, c) })),
      ],
    },
    {
      param: 'status',
      label: t('messages.status'),
      value: query.status ?? '',
      options: [
        { value: '', label: t('messages.allStatuses') },
        ...messageStatusSchema.options.map((s) => ({ value: s, label: messageStatusLabel(t, s) })),
      ],
    },
    {
      param: 'test',
      label: t('msg.kind'),
      value: query.test === 'true' ? 'true' : '',
      options: [
        { value: '', label: t('msg.kind.real') },
        { value: 'true', label: t('msg.kind.test') },
      ],
    },
  ];
  return (
    <div className="jf-page">
      <PageHead title={t('messages.title')}>
        <ExportButtons path="/api/messages/export" filters={query} />
      </PageHead>
      <div className="jf-toolbar-row" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        {textFilters.map((filter) => (
          <input
            key={filter.param}
            className="jf-input"
            aria-label={filter.label}
            placeholder={filter.label}
            value={params.get(filter.param) ?? ''}
            onChange={(e) => setParam(filter.param, e.target.value.trim())}
          />
        ))}
        {choiceFilters.map((filter) => (
          <select
            key={filter.param}
            className="jf-input"
            aria-label={filter.label}
            value={filter.value}
            onChange={(e) => setParam(filter.param, e.target.value)}
          >
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ))}
      </div>
      {list.isPending ? (
        <PageSkeleton rows={6} />
      ) : list.isError ? (
        <p className="jf-error-text">{list.error.message}</p>
      ) : items.length === 0 ? (
        <EmptyState body={t('messages.empty')} />
      ) : (
        <>
          <DataTable
            columns={[
              t('messages.col.when'),
              t('messages.col.customer'),
              t('messages.col.channel'),
              t('messages.col.status'),
              t('messages.col.message'),
              t('messages.col.reason'),
              t('messages.col.journey'),
            ]}
            aria-label={t('messages.title')}
          >
            {items.map((m) => (
              <Fragment key={m.id}>
                <tr data-message-id={m.id}>
                  <td className="jf-nowrap" title={zonedTime(m.createdAt, locale)}>
                    {formatJourneyRelativeTime(m.createdAt, locale)}
                  </td>
                  <td>
                    <Link className="jf-table-link" to={`/customers/${encodeURIComponent(m.externalId)}`}>
                      {m.externalId}
                    </Link>
                  </td>
                  <td>
                    {channelLabel(t, m.channel)}
                    {m.purpose === 'ad' ? <span className="jf-chip"> {t('messages.ad')}</span> : null}
                    {m.test ? <span className="jf-chip"> {t('msg.testBadge')}</span> : null}
                  </td>
                  <td>
                    <span className={`jf-badge message-${m.status}`} data-status={m.status}>
                      {messageStatusLabel(t, m.status)}
                    </span>
                  </td>
                  <td style={{ maxWidth: 420, whiteSpace: 'pre-wrap' }}>
                    <button
                      type="button"
                      className="jf-link-button"
                      aria-expanded={openId === m.id}
                      aria-label={openId === m.id ? t('preview.hidePreview') : t('preview.showPreview')}
                      onClick={() => setOpenId(openId === m.id ? null : m.id)}
                    >
                      {openId === m.id ? '▾' : '▸'}
                    </button>{' '}
                    {summarizeRendered(m, alimtalkRegistry)}
                  </td>
                  <td>{messageReasonText(t, m.reason)}</td>
                  <td>
                    {m.journeyId ? (
                      <Link className="jf-table-link" to={`/journeys/${encodeURIComponent(m.journeyId)}`}>
                        {journeyName(m.journeyId) ?? t('messages.open')}
                      </Link>
                    ) : null}
                  </td>
                </tr>
                {openId === m.id && (
                  <tr className="jf-message-detail" data-testid="message-detail">
                    <td colSpan={7}>
                      <MessagePreview channel={m.channel} purpose={m.purpose} content={m.rendered} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </DataTable>
          <PagingFooter query={list} shown={items.length} />
        </>
      )}
    </div>
  );
}
