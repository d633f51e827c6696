import { describe, expect, it } from 'vitest';
import { initialValues } from './providerFields';
import { secretsToEnterAgain } from './secretsToEnterAgain';

describe('secretsToEnterAgain', () => {
  const saved = { baseUrl: 'https://api.solapi.com', senderNumber: '0212345678' };
  const stored = ['apiSecret', 'apiKey'];

  it('asks for nothing while only other fields change', () => {
    const values = { ...initialValues('solapi', saved), senderNumber: '15880000' };
    expect(secretsToEnterAgain('solapi', saved, values, stored)).toEqual([]);
  });

  it('asks for every stored secret once the base URL is edited', () => {
    const values = { ...initialValues('solapi', saved), baseUrl: 'http://10.0.0.5' };
    expect(secretsToEnterAgain('solapi', saved, values, stored)).toEqual(['apiKey', 'apiSecret']);
  });

  it('counts the SMTP port and TLS box, but not a port typed the same', () => {
    const smtp = { host: 'smtp.shop.example', port: 587, secure: false, from: 'a@b.c' };
    const base = initialValues('smtp', smtp);
    expect(secretsToEnterAgain('smtp', smtp, { ...base, port: ' 587 ' }, ['password'])).toEqual([]);
    expect(secretsToEnterAgain('smtp', smtp, { ...base, secure: true }, ['password'])).toEqual(['password']);
    expect(secretsToEnterAgain('smtp', smtp, { ...base, host: 'mail.other.example' }, [])).toEqual([]);
  });
});
