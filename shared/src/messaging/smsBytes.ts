/*
 * Korean carriers bill SMS/LMS by EUC-KR (CP949) bytes: ASCII is 1 byte, Hangul and every other
 * encodable character 2 bytes. Characters outside CP949 (emoji, most non-Korean scripts) cannot be
 * sent as SMS at all, so they are reported; they are counted as 2 bytes so the count never undershoots.
 */

const HANGUL_SYLLABLES_FIRST = 0xac00;
const HANGUL_SYLLABLES_LAST = 0xd7a3;

let doubleByteChars: ReadonlySet<number> | undefined;

/**
 * The KS X 1001 repertoire (the EUC-KR double-byte area 0xA1A1–0xFEFE), built once by decoding it.
 * We decode only this area because ICU (Node) and browsers agree on it; CP949's extension area
 * adds only the remaining modern Hangul syllables, which are covered by their Unicode block instead.
 */
function ksX1001Chars(): ReadonlySet<number> {
  if (doubleByteChars) return doubleByteChars;
  const chars = new Set<number>();
  let decoder: { decode(input: Uint8Array): string } | undefined;
  try {
    decoder = new TextDecoder('euc-kr');
  } catch {
    // A runtime without the Korean decoder (small-ICU builds): Hangul syllables are still known below.
    decoder = undefined;
  }
  if (decoder) {
    const pair = new Uint8Array(2);
    for (let lead = 0xa1; lead <= 0xfe; lead++) {
      for (let trail = 0xa1; trail <= 0xfe; trail++) {
        pair[0] = lead;
        pair[1] = trail;
        const decoded = decoder.decode(pair);
        const codePoint = decoded.codePointAt(0);
        if (codePoint !== undefined && codePoint >= 0x80 && codePoint !== 0xfffd && decoded.length === 1) {
          chars.add(codePoint);
        }
      }
    }
  }
  doubleByteChars = chars;
  return chars;
}

/** Bytes of one code point in CP949, or `undefined` when CP949 cannot encode it. */
function cp949Width(codePoint: number): 1 | 2 | undefined {
  if (codePoint < 0x80) return 1;
  if (codePoint >= HANGUL_SYLLABLES_FIRST && codePoint <= HANGUL_SYLLABLES_LAST) return 2;
  return ksX1001Chars().has(codePoint) ? 2 : undefined;
}

export type SmsByteCount = {
  readonly bytes: number;
  /** Distinct characters CP949 cannot encode, in order of first appearance (e.g. emoji). */
  readonly unsupportedChars: readonly string[];
};

/** Counts `text` in EUC-KR/CP949 bytes and lists the characters an SMS cannot carry. */
export function countSmsBytes(text: string): SmsByteCount {
  let bytes = 0;
  const unsupported: string[] = [];
  for (const char of text) {
    const width = cp949Width(char.codePointAt(0)!);
    if (width === undefined) {
      bytes += 2;
      if (!unsupported.includes(char)) unsupported.push(char);
    } else {
      bytes += width;
    }
  }
  return { bytes, unsupportedChars: unsupported };
}

/** EUC-KR/CP949 byte length of `text` (ASCII 1, Hangul and other characters 2). */
export function smsByteLength(text: string): number {
  return countSmsBytes(text).bytes;
}
