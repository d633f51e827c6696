const krw = new Intl.NumberFormat('ko-KR', { style: 'currency', currency: 'KRW', maximumFractionDigits: 2 });

/** `₩1,234` / `₩12.5`: prices and estimates in Korean won, the same in both UI languages. */
export function formatKrw(amount: number): string {
  return krw.format(amount);
}
