import { type MessageListQuery, messageStatusSchema } from '@journeyflow/shared/api/messages';
import { channelSchema } from '@journeyflow/shared/messaging/channelContent';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ExportButtons } from '../../../components/ExportButtons';
import { formatRelativeTime } from '../../../components/formatRelativeTime';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useLocaleStore } from '../../../i18n/localeStore';
import { useT } from '../../../i18n/useT';
import { MessagePreview } from '../../previews/components/MessagePreview';
import { useAlimtalkRegistry } from '../../previews/useAlimtalkRegistry';
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
  const locale = useLocaleStore((state) => state.locale);
  const t = useT();
  // The row whose message is shown as the customer saw it (one at a time keeps the log scannable).
  const [openId, setOpenId] = useState<string | null>(null);
  const alimtalkRegistry = useAlimtalkRegistry() ?? [];
  const [params, setParams] = useSearchParams();
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
        <h1 className="jf-page-title">Messages</h1>
        <ExportButtons path="/api/messages/export" filters={query} />
      </div>
      <div className="jf-toolbar-row" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <input
          className="jf-input"
          aria-label="Customer external id"
          placeholder="Customer external id"
          value={params.get('externalId') ?? ''}
          onChange={(e) => setParam('externalId', e.target.value.trim())}
        />
        <input
          className="jf-input"
          aria-label="Journey id"
          placeholder="Journey id"
          value={params.get('journeyId') ?? ''}
          onChange={(e) => setParam('journeyId', e.target.value.trim())}
        />
        <select
          className="jf-input"
          aria-label="Channel"
          value={query.channel ?? ''}
          onChange={(e) => setParam('channel', e.target.value)}
        >
          <option value="">All channels</option>
          {channelSchema.options.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <select
          className="jf-input"
          aria-label="Status"
          value={query.status ?? ''}
          onChange={(e) => setParam('status', e.target.value)}
        >
          <option value="">All statuses</option>
          {messageStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {s}
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
          <p>No messages match.</p>
        </div>
      ) : (
        <table className="jf-table" aria-label="Messages">
          <thead>
            <tr>
              <th>When</th>
              <th>Customer</th>
              <th>Channel</th>
              <th>Status</th>
              <th>Message</th>
              <th>Reason</th>
              <th>Journey</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((m) => (
              <Fragment key={m.id}>
                <tr data-message-id={m.id}>
                  <td title={m.createdAt}>{formatRelativeTime(m.createdAt, locale)}</td>
                  <td>
                    <Link className="jf-table-link" to={`/customers/${encodeURIComponent(m.externalId)}`}>
                      {m.externalId}
                    </Link>
                  </td>
                  <td>
                    {m.channel}
                    {m.purpose === 'ad' ? <span className="jf-chip"> 광고</span> : null}
                  </td>
                  <td>
                    <span className={`jf-badge message-${m.status}`} data-status={m.status}>
                      {m.status}
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
                  <td>{m.reason ?? ''}</td>
                  <td>
                    {m.journeyId ? (
                      <Link className="jf-table-link" to={`/journeys/${encodeURIComponent(m.journeyId)}`}>
                        {m.nodeId ? `${m.nodeId}` : 'open'}
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
          </tbody>
        </table>
      )}
    </div>
  );
}
