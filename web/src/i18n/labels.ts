import { en, type MessageKey } from './dictionary';
import type { Translate } from './useT';

/** `key` when the dictionary has it, else the raw value (a value added on the server before the web knows it). */
function known(t: Translate, key: string, raw: string): string {
  return key in en ? t(key as MessageKey) : raw;
}

export const channelLabel = (t: Translate, channel: string): string =>
  known(t, `label.channel.${channel.toLowerCase()}`, channel);

export const messageStatusLabel = (t: Translate, status: string): string =>
  known(t, `label.msgStatus.${status}`, status);

export const journeyStatusLabel = (t: Translate, status: string): string =>
  known(t, `status.${status}`, status);

export const purposeLabel = (t: Translate, purpose: string): string =>
  known(t, `label.purpose.${purpose}`, purpose);

/** A consent key (`consent.sms` or `sms`) as words. */
export const consentLabel = (t: Translate, key: string): string =>
  known(t, `label.consent.${key.replace(/^consent\./, '')}`, key);

/** An amount of money with its unit: "12,300원" in Korean, "₩12,300" in English. */
export const wonLabel = (t: Translate, amount: number): string =>
  t('label.won', { amount: Math.round(amount).toLocaleString('ko-KR') });

export const peopleLabel = (t: Translate, n: number): string =>
  t('label.people', { n: n.toLocaleString('ko-KR') });

export const percentLabel = (t: Translate, ratio: number, digits = 1): string =>
  t('label.percent', { n: (ratio * 100).toFixed(digits) });

/** A built-in customer attribute's name in words (`phone` → 전화번호); a custom attribute as its key. */
export const attributeLabel = (t: Translate, key: string): string => known(t, `attr.${key}`, key);

export const gradeReasonLabel = (t: Translate, reason: string): string =>
  known(t, `gradeReason.${reason}`, reason);

export const runStatusLabel = (t: Translate, status: string): string =>
  known(t, `runStatus.${status}`, status);
