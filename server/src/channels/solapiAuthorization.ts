import { createHmac, randomBytes } from 'node:crypto';

/**
 * Solapi's HMAC header: `HMAC-SHA256 apiKey=…, date=…, salt=…, signature=hex(HMAC-SHA256(secret, date + salt))`.
 * The secret itself never travels; the date and random salt make each header single-use.
 */
export const solapiAuthorization = (
  apiKey: string,
  apiSecret: string,
  date: string = new Date().toISOString(),
  salt: string = randomBytes(16).toString('hex'),
): string => {
  const signature = createHmac('sha256', apiSecret)
    .update(date + salt)
    .digest('hex');
  return `HMAC-SHA256 apiKey=${apiKey}, date=${date}, salt=${salt}, signature=${signature}`;
};

/** Server side of the same scheme (used by the test peer to prove the header is right). */
export const verifySolapiAuthorization = (
  header: string | undefined,
  apiKey: string,
  apiSecret: string,
): boolean => {
  const match = /^HMAC-SHA256 apiKey=([^,]+), date=([^,]+), salt=([^,]+), signature=([0-9a-f]+)$/.exec(
    header ?? '',
  );
  if (!match || match[1] !== apiKey) return false;
  return solapiAuthorization(apiKey, apiSecret, match[2], match[3]) === header;
};
