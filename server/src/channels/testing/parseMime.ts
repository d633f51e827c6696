/**
 * Just enough MIME for tests: headers (with RFC 2047 encoded words), and the text/plain and text/html
 * parts of a multipart/alternative message, decoded from base64 or quoted-printable.
 */
export type ParsedMail = {
  readonly headers: ReadonlyMap<string, string>;
  readonly subject: string;
  readonly text: string | undefined;
  readonly html: string | undefined;
};

const splitHead = (raw: string): { head: string; body: string } => {
  const at = raw.indexOf('\r\n\r\n');
  return at === -1 ? { head: raw, body: '' } : { head: raw.slice(0, at), body: raw.slice(at + 4) };
};

const parseHeaders = (head: string): Map<string, string> => {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
};

const decodeWords = (value: string): string =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );

const decodeQuotedPrintable = (text: string): string =>
  Buffer.from(
    text
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

const decodeBody = (body: string, encoding: string | undefined): string => {
  if (encoding?.toLowerCase() === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding?.toLowerCase() === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
};

export const parseMime = (raw: string): ParsedMail => {
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const parts: { type: string; content: string }[] = [];
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  if (boundary) {
    for (const chunk of body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break;
      const part = splitHead(chunk.replace(/^\r\n/, ''));
      const partHeaders = parseHeaders(part.head);
      parts.push({
        type: partHeaders.get('content-type') ?? '',
        content: decodeBody(part.body.replace(/\r\n$/, ''), partHeaders.get('content-transfer-encoding')),
      });
    }
  } else {
    parts.push({
      type: headers.get('content-type') ?? '',
      content: decodeBody(body, headers.get('content-transfer-encoding')),
    });
  }
  return {
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    text: parts.find((p) => p.type.startsWith('text/plain'))?.content,
    html: parts.find((p) => p.type.startsWith('text/html'))?.content,
  };
};
