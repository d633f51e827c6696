import { type Channel, channels } from '@journeyflow/shared/messaging/channelContent';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { useT } from '../../../i18n/useT';
import { useIsAdmin } from '../../auth/hooks/useIsAdmin';
import { settingsClient } from '../settingsClient';
import { ChannelSettingCard } from './ChannelSettingCard';
import { SettingsSectionHead } from './SettingsSectionHead';

/** The order channels are listed in: the Korean carriers first. */
const channelOrder: readonly Channel[] = [
  'sms',
  'alimtalk',
  'brandmessage',
  'push',
  'email',
  'webhook',
  'inapp',
];

/** `/settings/channels`: one card per channel with its provider (admins only; the API answers 403 otherwise). */
export function ChannelsSettingsTab() {
  const t = useT();
  const isAdmin = useIsAdmin();
  const list = useQuery({
    queryKey: queryKeys.settings.channels,
    queryFn: ({ signal }) => settingsClient.listChannels(signal),
    enabled: isAdmin,
  });
  const ordered = channelOrder.filter((channel) => channels.includes(channel));
  return (
    <>
      <SettingsSectionHead title={t('cfg.channels.title')} hint={t('cfg.channels.hint')} />
      {!isAdmin ? (
        <p className="jf-banner" role="note">
          {t('cfg.channels.adminOnly')}
        </p>
      ) : list.isPending ? (
        <PageSkeleton rows={4} />
      ) : list.isError ? (
        <div className="jf-banner is-error" role="alert">
          {list.error.message}{' '}
          <button type="button" className="jf-link-button" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      ) : (
        <div className="jf-settings-grid">
          {ordered.map((channel) => (
            <ChannelSettingCard
              key={channel}
              channel={channel}
              saved={list.data.items.find((item) => item.channel === channel)}
            />
          ))}
        </div>
      )}
    </>
  );
}
