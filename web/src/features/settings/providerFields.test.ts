import { describe, expect, it } from 'vitest';
import { initialValues, providerFields, providersFor, toProviderInput } from './providerFields';

describe('providerFields', () => {
  it('derives the Solapi form from the shared schema, secrets marked', () => {
    const fields = providerFields('solapi');
    expect(fields.map((f) => f.key)).toEqual([
      'baseUrl',
      'apiKey',
      'apiSecret',
      'senderNumber',
      'kakaoChannelId',
      'ratePerSecond',
    ]);
    expect(fields.filter((f) => f.secret).map((f) => f.key)).toEqual(['apiKey', 'apiSecret']);
    expect(fields.find((f) => f.key === 'baseUrl')).toMatchObject({
      optional: true,
      defaultValue: 'https://api.solapi.com',
    });
    expect(fields.find((f) => f.key === 'ratePerSecond')).toMatchObject({ kind: 'number', optional: true });
  });

  it('knows SMTP numbers and booleans', () => {
    const fields = providerFields('smtp');
    expect(fields.find((f) => f.key === 'port')).toMatchObject({ kind: 'number', defaultValue: 587 });
    expect(fields.find((f) => f.key === 'secure')).toMatchObject({ kind: 'boolean' });
    expect(fields.find((f) => f.key === 'password')).toMatchObject({ secret: true, optional: true });
    expect(providerFields('sandbox')).toEqual([]);
  });

  it('offers FCM the service-account key file or a token, both write-only', () => {
    const fields = providerFields('fcm');
    expect(fields.map((f) => f.key)).toEqual([
      'baseUrl',
      'projectId',
      'serviceAccountJson',
      'accessToken',
      'ratePerSecond',
    ]);
    expect(fields.filter((f) => f.secret).map((f) => f.key)).toEqual(['serviceAccountJson', 'accessToken']);
  });
});

describe('providersFor', () => {
  it('offers the sandbox first and only providers that carry the channel', () => {
    expect(providersFor('sms')).toEqual(['sandbox', 'solapi']);
    expect(providersFor('push')).toEqual(['sandbox', 'fcm']);
    expect(providersFor('email')).toEqual(['sandbox', 'smtp']);
    expect(providersFor('webhook')).toEqual(['sandbox', 'webhook']);
    expect(providersFor('inapp')).toEqual([]);
  });
});

describe('form values', () => {
  it('never fills a secret from the stored config and falls back to defaults', () => {
    const values = initialValues('solapi', { senderNumber: '0212345678', apiKey: 'leaked?' });
    expect(values).toMatchObject({
      baseUrl: 'https://api.solapi.com',
      senderNumber: '0212345678',
      apiKey: '',
    });
  });

  it('leaves blank secrets and blank optional fields out and parses numbers', () => {
    expect(
      toProviderInput('smtp', {
        host: ' smtp.example.com ',
        port: '2,525',
        secure: true,
        user: '',
        password: '',
        from: 'shop@example.com',
        ratePerSecond: 'abc',
      }),
    ).toEqual({
      provider: 'smtp',
      host: 'smtp.example.com',
      port: 2525,
      secure: true,
      from: 'shop@example.com',
      ratePerSecond: 'abc',
    });
  });
});
