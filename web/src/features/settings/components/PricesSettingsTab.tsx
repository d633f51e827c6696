import {
  type ChannelPrices,
  channelPricesSchema,
  defaultChannelPrices,
  type MessageType,
  messageTypeSchema,
} from '@journeyflow/shared/messaging/channelSettings';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fieldErrorsOf } from '../../../api/fieldErrors';
import { queryKeys } from '../../../api/queryKeys';
import { formatKrw } from '../../../components/formatKrw';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { SubmitButton } from '../../../components/SubmitButton';
import type { MessageKey } from '../../../i18n/dictionary';
import { useT } from '../../../i18n/useT';
import { useIsAdmin } from '../../auth/hooks/useIsAdmin';
import { useSaveSettings } from '../hooks/useSaveSettings';
import { settingsClient } from '../settingsClient';
import { SettingsSectionHead } from './SettingsSectionHead';

type Drafts = Record<MessageType, string>;

const parsePrice = (text: string): number | undefined => {
  const value = Number(text.replace(/[,\s₩원]/g, ''));
  return text.trim() !== '' && Number.isFinite(value) ? value : undefined;
};

/** `/settings/prices`: KRW per billable message type (SMS, LMS, MMS, AlimTalk, Brand Message). */
export function PricesSettingsTab() {
  const t = useT();
  const isAdmin = useIsAdmin();
  const prices = useQuery({
    queryKey: queryKeys.settings.prices,
    queryFn: ({ signal }) => settingsClient.prices(signal),
  });
  const [drafts, setDrafts] = useState<Drafts | undefined>();
  useEffect(() => {
    if (prices.data)
      setDrafts(
        Object.fromEntries(
          messageTypeSchema.options.map((type) => [type, String(prices.data[type])]),
        ) as Drafts,
      );
  }, [prices.data]);
  const save = useSaveSettings(queryKeys.settings.prices, (body: ChannelPrices) =>
    settingsClient.savePrices(body),
  );
  if (prices.isPending || !drafts) return <PageSkeleton rows={5} />;
  if (prices.isError) return <p className="jf-error-text">{prices.error.message}</p>;

  const parsed = Object.fromEntries(
    messageTypeSchema.options.map((type) => [type, parsePrice(drafts[type])]),
  ) as Record<MessageType, number | undefined>;
  const check = channelPricesSchema.safeParse(parsed);
  const invalid = new Set(
    messageTypeSchema.options.filter(
      (type) =>
        parsed[type] === undefined || !channelPricesSchema.safeParse({ [type]: parsed[type] }).success,
    ),
  );
  const serverErrors = fieldErrorsOf(save.error);

  return (
    <>
      <SettingsSectionHead title={t('cfg.prices.title')} hint={t('cfg.prices.hint')} />
      {!isAdmin && <p className="jf-banner">{t('cfg.adminOnly')}</p>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (invalid.size > 0 || !check.success) return;
          save.mutate(check.data);
        }}
      >
        <table className="jf-table jf-price-table" data-testid="price-table">
          <thead>
            <tr>
              <th scope="col">{t('cfg.prices.type')}</th>
              <th scope="col">{t('cfg.prices.price')}</th>
              <th scope="col" className="jf-num">
                {t('cfg.prices.shown')}
              </th>
            </tr>
          </thead>
          <tbody>
            {messageTypeSchema.options.map((type) => {
              const label = t(`cfg.prices.type.${type}` as MessageKey);
              const error = invalid.has(type) ? t('cfg.prices.invalid') : serverErrors[type];
              const value = parsed[type];
              return (
                <tr key={type}>
                  <th scope="row">
                    <div>{label}</div>
                    <div className="jf-hint">
                      {t('cfg.prices.default', { price: formatKrw(defaultChannelPrices[type]) })}
                    </div>
                  </th>
                  <td>
                    <input
                      className="jf-input jf-price-input"
                      inputMode="decimal"
                      aria-label={`${label} (KRW)`}
                      value={drafts[type]}
                      readOnly={!isAdmin}
                      aria-invalid={error ? true : undefined}
                      onChange={(event) => setDrafts({ ...drafts, [type]: event.target.value })}
                    />
                    {error && (
                      <div className="jf-field-error" role="alert">
                        {error}
                      </div>
                    )}
                  </td>
                  <td className="jf-num" data-testid={`price-${type}`}>
                    {value === undefined ? '—' : formatKrw(value)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="jf-hint">{t('cfg.prices.notBilled')}</p>
        {isAdmin && (
          <div className="jf-settings-actions">
            <SubmitButton pending={save.isPending} disabled={invalid.size > 0} />
          </div>
        )}
      </form>
    </>
  );
}
