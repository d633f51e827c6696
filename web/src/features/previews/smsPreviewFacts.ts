import { classifySms, SMS_MAX_BYTES, type SmsType } from '@journeyflow/shared/messaging/classifySms';

/** Why a text goes out as LMS/MMS instead of a (cheaper) SMS; none when it stays an SMS. */
export type SmsSwitchReason = 'length' | 'subject' | 'image';

export type SmsPreviewFacts = {
  readonly type: SmsType;
  readonly bytes: number;
  readonly limit: number;
  readonly switchReason?: SmsSwitchReason;
  /** Characters (emoji, mostly) EUC-KR cannot carry: phones show "?" instead. */
  readonly unsupportedChars: readonly string[];
  readonly overLimit: boolean;
};

/** What the phone bubble tells about a text: its type, bytes against the limit, and why it switched. */
export function smsPreviewFacts(content: {
  readonly text: string;
  readonly subject?: string;
  readonly imageUrl?: string;
}): SmsPreviewFacts {
  const c = classifySms(content);
  const switchReason: SmsSwitchReason | undefined =
    c.type === 'MMS'
      ? 'image'
      : c.type === 'LMS'
        ? c.bytes > SMS_MAX_BYTES
          ? 'length'
          : 'subject'
        : undefined;
  return {
    type: c.type,
    bytes: c.bytes,
    limit: c.limit,
    ...(switchReason ? { switchReason } : {}),
    unsupportedChars: c.unsupportedChars,
    overLimit: c.overLimit,
  };
}
