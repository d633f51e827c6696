import { nextCronFires } from '@journeyflow/shared/journey/cron';
import { resolveJourneySettings } from '@journeyflow/shared/journey/journeySettings';
import { pickTimeZone } from '@journeyflow/shared/journey/timezone';
import { useMemo } from 'react';
import { useT } from '../../../../i18n/useT';
import { useEditorStore } from '../../store/editorStore';

/**
 * The next three fire times of a schedule's cron in the journey's timezone, from the same cron code the
 * engine fires with, so what the marketer sees is what will happen. Nothing when it never fires (the
 * validation issue says why).
 */
export function CronNextRuns({ cron }: { readonly cron: string | undefined }) {
  const t = useT();
  const zone = useEditorStore((state) => state.settings.timezone);
  const timezone = pickTimeZone(zone, resolveJourneySettings({}).timezone);
  const runs = useMemo(() => (cron ? nextCronFires(cron, new Date(), timezone, 3) : []), [cron, timezone]);
  if (runs.length === 0) return null;
  const format = new Intl.DateTimeFormat(t('intl.locale'), {
    timeZone: timezone,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <p className="jf-hint" data-testid="cron-next-runs">
      {t('inspector.cronNextRuns', { timezone, runs: runs.map((run) => format.format(run)).join(' · ') })}
    </p>
  );
}
