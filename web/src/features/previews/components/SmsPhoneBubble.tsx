import { useT } from '../../../i18n/useT';
import { smsPreviewFacts } from '../smsPreviewFacts';

/** A text message in a phone bubble, with its bytes, the SMS→LMS/MMS switch and emoji called out. */
export function SmsPhoneBubble({
  text,
  subject,
  imageUrl,
  sentType,
}: {
  /** The type the message went out as (message log, test run), when known. */
  readonly sentType?: string | undefined;
  readonly text: string;
  readonly subject?: string | undefined;
  readonly imageUrl?: string | undefined;
}) {
  const t = useT();
  const facts = smsPreviewFacts({
    text,
    ...(subject ? { subject } : {}),
    ...(imageUrl ? { imageUrl } : {}),
  });
  const type = sentType ?? facts.type;
  // Personalization can lengthen a text after the draft was counted: the sent type is the truth.
  const switchReason = type === facts.type ? facts.switchReason : type === 'SMS' ? undefined : 'length';
  return (
    <>
      <div className="jf-preview-head">
        <span data-testid="preview-sms-type">{`${t('preview.sms.head')} · ${type}`}</span>
        <span className={facts.overLimit ? 'jf-preview-bad' : ''} data-testid="preview-bytes">
          {t('preview.bytes', { bytes: facts.bytes.toLocaleString(), limit: facts.limit.toLocaleString() })}
        </span>
      </div>
      <div className="jf-preview-bubble">
        {imageUrl && <div className="jf-preview-image">🖼 {t('preview.image')}</div>}
        {subject && <strong className="jf-preview-subject">{subject}</strong>}
        {text}
      </div>
      {switchReason && (
        <p className="jf-preview-switch" data-testid="preview-sms-switch">
          SMS → {type}: {t(`preview.switch.${switchReason}`)}
        </p>
      )}
      {facts.unsupportedChars.length > 0 && (
        <p className="jf-preview-warn" data-testid="preview-emoji-warning">
          ⚠ {t('preview.emoji', { chars: facts.unsupportedChars.join(' ') })}
        </p>
      )}
      {facts.overLimit && <p className="jf-preview-warn">⛔ {t('preview.overLimit')}</p>}
    </>
  );
}
