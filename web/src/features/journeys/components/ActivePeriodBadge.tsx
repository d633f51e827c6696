import { activePeriodState } from '@journeyflow/shared/journey/activePeriod';
import { useT } from '../../../i18n/useT';

type PeriodSettings = {
  readonly startsAt?: string | undefined;
  readonly endsAt?: string | undefined;
  readonly timezone?: string | undefined;
};

const shown = (value: string) => value.slice(0, 16).replace('T', ' ');

/** "예정" before the active period, "종료됨" after it, "운영 중" inside one; nothing without a period. */
export function ActivePeriodBadge({
  settings,
  now = new Date(),
  quietWhenRunning = false,
}: {
  readonly settings: PeriodSettings;
  readonly now?: Date;
  /** Lists show only the exceptions (예정, 종료됨). */
  readonly quietWhenRunning?: boolean;
}) {
  const t = useT();
  const state = activePeriodState(settings, now);
  if (!state || (quietWhenRunning && state === 'running')) return null;
  const zone = settings.timezone ?? 'Asia/Seoul';
  const title =
    state === 'scheduled'
      ? t('period.scheduledTitle', { at: shown(settings.startsAt ?? ''), zone })
      : state === 'ended'
        ? t('period.endedTitle', { at: shown(settings.endsAt ?? ''), zone })
        : settings.endsAt
          ? t('period.runningTitle', { at: shown(settings.endsAt), zone })
          : undefined;
  return (
    <span
      className={`jf-badge period-${state}`}
      data-testid="active-period-badge"
      data-state={state}
      title={title}
    >
      {t(`period.badge.${state}`)}
    </span>
  );
}
