/** The words a free opt-out line starts with (SPEC §6). */
export const AD_OPT_OUT_MARK = '무료수신거부';

/** The opt-out line is recognized with or without spaces ("무료 수신거부"). */
export function hasOptOutLine(text: string): boolean {
  return text.replace(/\s+/g, '').includes(AD_OPT_OUT_MARK);
}

/** A Korean free-call opt-out number: 080, then 3–4 and 4 digits, with any separators. */
const OPTOUT_NUMBER = /080[\s.)-]*\d{3,4}[\s.-]*\d{4}/g;

/** The digits of every 080 number in a text (`무료수신거부 080-123-4567` → `["0801234567"]`). */
export function optoutNumbersIn(text: string): string[] {
  return [...text.matchAll(OPTOUT_NUMBER)].map((match) => match[0].replace(/\D/g, ''));
}

/** The workspace's own 080 number (digits) from its opt-out line in the messaging settings, if it has one. */
export function workspaceOptoutNumber(optoutLine: string | undefined): string | undefined {
  return optoutNumbersIn(optoutLine ?? '')[0];
}

/** `0801234567` → `080-123-4567`, for messages. */
export function formatOptoutNumber(digits: string): string {
  return `${digits.slice(0, 3)}-${digits.slice(3, digits.length - 4)}-${digits.slice(-4)}`;
}

/**
 * True when a line carrying the free opt-out mark (`무료수신거부`, spaces ignored) names `number`
 * (normalised digits): a number elsewhere in the text, or another workspace's number, does not count.
 */
export function optoutLineNames(text: string, number: string): boolean {
  return text
    .split(/\r?\n/)
    .filter((line) => line.replace(/\s+/g, '').includes(AD_OPT_OUT_MARK))
    .some((line) => optoutNumbersIn(line).includes(number));
}
