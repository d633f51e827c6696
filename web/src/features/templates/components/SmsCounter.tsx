import { classifySms } from '@journeyflow/shared/messaging/classifySms';
import { useT } from '../../../i18n/useT';

/** Live EUC-KR byte count and SMS/LMS/MMS type of a text message, shown under the editor while typing. */
export function SmsCounter({
  text,
  subject,
  imageUrl,
}: {
  text: string;
  subject?: string;
  imageUrl?: string;
}) {
  const t = useT();
  const c = classifySms({
    text,
    ...(subject ? { subject } : {}),
    ...(imageUrl ? { imageUrl } : {}),
  });
  const bad = c.overLimit || c.unsupportedChars.length > 0;
  return (
    <div className={`jf-sms-counter${bad ? ' is-bad' : ''}`} data-testid="sms-counter" aria-live="polite">
      <strong data-testid="sms-type">{c.type}</strong> · {t('tpl.bytes', { bytes: c.bytes, limit: c.limit })}
      {subject ? ` · ${t('tpl.field.subject')} ${t('tpl.bytes', { bytes: c.subjectBytes, limit: 40 })}` : ''}
      {c.unsupportedChars.length > 0
        ? ` · ${t('tpl.notSendable', { chars: c.unsupportedChars.join(' ') })}`
        : ''}
    </div>
  );
}
