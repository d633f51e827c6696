import { describe, expect, it } from 'vitest';
import { changedEndpointFields, secretsToReenter } from './secretsToReenter';

describe('secrets to enter again when a provider endpoint changes', () => {
  const solapi = { baseUrl: 'https://api.solapi.com', senderNumber: '0212345678' };

  it('asks for nothing when only other fields change', () => {
    expect(
      secretsToReenter({
        provider: 'solapi',
        previous: solapi,
        next: { ...solapi, senderNumber: '15880000' },
        storedSecrets: ['apiKey', 'apiSecret'],
        suppliedSecrets: [],
      }),
    ).toEqual({ changed: [], missing: [] });
  });

  it('asks for every stored secret not supplied when the endpoint moves', () => {
    expect(
      secretsToReenter({
        provider: 'solapi',
        previous: solapi,
        next: { ...solapi, baseUrl: 'http://10.0.0.5' },
        storedSecrets: ['apiSecret', 'apiKey'],
        suppliedSecrets: ['apiKey'],
      }),
    ).toEqual({ changed: ['baseUrl'], missing: ['apiSecret'] });
  });

  it('treats SMTP host, port and TLS and FCM project as endpoints; form text and numbers compare alike', () => {
    const smtp = { host: 'smtp.shop.example', port: 587, secure: false };
    expect(
      changedEndpointFields('smtp', smtp, { host: 'smtp.shop.example', port: '587', secure: false }),
    ).toEqual([]);
    expect(
      changedEndpointFields('smtp', smtp, { host: 'mail.evil.example', port: 25, secure: true }),
    ).toEqual(['host', 'port', 'secure']);
    expect(
      changedEndpointFields('fcm', { projectId: 'shop', baseUrl: 'x' }, { projectId: 'other', baseUrl: 'x' }),
    ).toEqual(['projectId']);
    expect(changedEndpointFields('webhook', {}, { timeoutMs: 1 })).toEqual([]);
  });
});
