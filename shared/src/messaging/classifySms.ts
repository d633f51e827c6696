import { countSmsBytes } from './smsBytes';

export const SMS_MAX_BYTES = 90;
export const LMS_MAX_BYTES = 2000;
export const SMS_SUBJECT_MAX_BYTES = 40;

export type SmsType = 'SMS' | 'LMS' | 'MMS';

export type SmsClassification = {
  readonly type: SmsType;
  readonly bytes: number;
  /** Byte limit of the text for this type. */
  readonly limit: number;
  readonly subjectBytes: number;
  /** Characters EUC-KR cannot encode, from the text and the subject. */
  readonly unsupportedChars: readonly string[];
  /** Text over 2,000 bytes or subject over 40 bytes: carriers reject it. */
  readonly overLimit: boolean;
};

/**
 * Decides how a Korean text message goes out: SMS up to 90 bytes, LMS up to 2,000 bytes, MMS with an image.
 * A subject only exists on LMS/MMS, so giving one makes a short text an LMS.
 */
export function classifySms(message: {
  readonly text: string;
  readonly subject?: string;
  readonly imageUrl?: string;
}): SmsClassification {
  const text = countSmsBytes(message.text);
  const subject = countSmsBytes(message.subject ?? '');
  const hasSubject = (message.subject ?? '').length > 0;
  const type: SmsType = message.imageUrl ? 'MMS' : text.bytes > SMS_MAX_BYTES || hasSubject ? 'LMS' : 'SMS';
  const unsupportedChars = [...new Set([...text.unsupportedChars, ...subject.unsupportedChars])];
  return {
    type,
    bytes: text.bytes,
    limit: type === 'SMS' ? SMS_MAX_BYTES : LMS_MAX_BYTES,
    subjectBytes: subject.bytes,
    unsupportedChars,
    overLimit: text.bytes > LMS_MAX_BYTES || subject.bytes > SMS_SUBJECT_MAX_BYTES,
  };
}
