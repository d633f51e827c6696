import { formatCompactDuration } from '../components/formatCompactDuration';
import type { Translate } from './useT';

/** A duration in the reader's units: "3일 4시간", "12분" in Korean; "3d 4h", "12m" in English. */
export function durationText(t: Translate, seconds: number): string {
  return formatCompactDuration(seconds, {
    d: t('unit.day'),
    h: t('unit.hour'),
    m: t('unit.minute'),
    s: t('unit.second'),
  });
}
