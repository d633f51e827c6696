import { classifySms } from '@journeyflow/shared/messaging/classifySms';

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
  const c = classifySms({
    text,
    ...(subject ? { subject } : {}),
    ...(imageUrl ? { imageUrl } : {}),
  });
  const bad = c.overLimit || c.unsupportedChars.length > 0;
  return (
    <div className={`jf-sms-counter${bad ? ' is-bad' : ''}`} data-testid="sms-counter" aria-live="polite">
      <strong data-testid="sms-type">{c.type}</strong> · {c.bytes} / {c.limit} bytes
      {subject ? ` · subject ${c.subjectBytes} / 40 bytes` : ''}
      {c.unsupportedChars.length > 0 ? ` · not sendable as SMS: ${c.unsupportedChars.join(' ')}` : ''}
    </div>
  );
}
