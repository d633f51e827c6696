import { type MessageListQuery, messageStatusSchema } from '@journeyflow/shared/api/messages';
import { channelSchema } from '@journeyflow/shared/messaging/channelContent';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { journeysApi } from '../../../api/journeysApi';
import { ExportButtons } from '../../../components/ExportButtons';
import { formatRelativeTime } from '../../../components/formatRelativeTime';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { channelLabel, messageStatusLabel } from '../../../i18n/labels';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';
import { messageReasonText } from '../messageReasonText';
import { messageQueryKeys, messagesClient } from '../messagesClient';
import { summarizeRendered } from '../summarizeRendered';

const readQuery = (params: URLSearchParams): MessageListQuery => {
  const channel = channelSchema.safeParse(params.get('channel'));
  const status = messageStatusSchema.safeParse(params.get('status'));
  return {
    ...(params.get('journeyId') ? { journeyId: params.get('journeyId')! } : {}),
    ...(params.get('externalId') ? { externalId: params.get('externalId')! } : {}),
    ...(channel.success ? { channel: channel.data } : {}),
    ...(status.success ? { status: status.data } : {}),
  };
};

/**
 * `/messages`: every message of the outbox with its delivery status and reason (skips, fallbacks,
 * dead letters), filterable by journey, customer, channel and status; refreshes while open.
 */
export function MessagesPage() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const [params, setParams] = useSearchParams();
  // Journeys by name, never by id: the log links each message to its journey.
  const journeys = useQuery({
    queryKey: ['journeys', 'list', {}],
    queryFn: ({ signal }) => journeysApi.list({}, signal),
    staleTime: 60_000,
  });
  const journeyName = (id: string) => journeys.data?.items.find((journey) => journey.id === id)?.name;
  const query = readQuery(params);
  const list = useQuery({
    queryKey: messageQueryKeys.list(query),
    queryFn: ({ signal }) => messagesClient.list({ ...query, limit: 200 }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 5000,
  });
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

  return (
    <div className="jf-page">
      <div className="jf-page-head">
        <h1 className="jf-page-title">{t('messages.title')}</h1>
        <ExportButtons path="/api/messages/export" filters={query} />
      </div>
      <div className="jf-toolbar-row" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <input
          className="jf-input"
          aria-label={t('messages.customerFilter')}
          placeholder={t('messages.customerFilter')}
          value={params.get('externalId') ?? ''}
          onChange={(e) => setParam('externalId', e.target.value.trim())}
        />
        <input
          className="jf-input"
          aria-label={t('messages.journeyFilter')}
          placeholder={t('messages.journeyFilter')}
          value={params.get('journeyId') ?? ''}
          onChange={(e) => setParam('journeyId', e.target.value.trim())}
        />
        <select
          className="jf-input"
          aria-label={t('messages.channel')}
          value={query.channel ?? ''}
          onChange={(e) => setParam('channel', e.target.value)}
        >
          <option value="">{t('messages.allChannels')}</option>
          {channelSchema.options.map((c) => (
            <option key={c} value={c}>
              {channelLabel(t, c)}
            </option>
          ))}
        </select>
        <select
          className="jf-input"
          aria-label={t('messages.status')}
          value={query.status ?? ''}
          onChange={(e) => setParam('status', e.target.value)}
        >
          <option value="">{t('messages.allStatuses')}</option>
          {messageStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {messageStatusLabel(t, s)}
            </option>
          ))}
        </select>
      </div>
      {list.isPending ? (
        <PageSkeleton rows={6} />
      ) : list.isError ? (
        <p className="jf-error-text">{list.error.message}</p>
      ) : list.data.items.length === 0 ? (
        <div className="jf-empty">
          <p>{t('messages.noMatch')}</p>
        </div>
      ) : (
        <table className="jf-table" aria-label={t('messages.table')}>
          <thead>
            <tr>
              <th>{t('messages.when')}</th>
              <th>{t('messages.customer')}</th>
              <th>{t('messages.channel')}</th>
              <th>{t('messages.status')}</th>
              <th>{t('messages.message')}</th>
              <th>{t('messages.reason')}</th>
              <th>{t('messages.journey')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((m) => (
              <tr key={m.id} data-message-id={m.id}>
                <td title={m.createdAt}>{formatRelativeTime(m.createdAt, locale)}</td>
                <td>
                  <Link className="jf-table-link" to={`/customers/${encodeURIComponent(m.externalId)}`}>
                    {m.externalId}
                  </Link>
                </td>
                <td>
                  {channelLabel(t, m.channel)}
                  {m.purpose === 'ad' ? <span className="jf-chip"> {t('messages.ad')}</span> : null}
                </td>
                <td>
                  <span className={`jf-badge message-${m.status}`} data-status={m.status}>
                    {messageStatusLabel(t, m.status)}
                  </span>
                </td>
                <td style={{ maxWidth: 420, whiteSpace: 'pre-wrap' }}>{summarizeRendered(m)}</td>
                <td>{messageReasonText(t, m.reason)}</td>
                <td>
                  {m.journeyId ? (
                    <Link className="jf-table-link" to={`/journeys/${encodeURIComponent(m.journeyId)}`}>
                      {journeyName(m.journeyId) ?? t('messages.open')}
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
