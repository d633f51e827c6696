import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboundClient } from '../http/outbound/outboundClient';
import { createOutboundPolicy } from '../http/outbound/outboundPolicy';
import { smtpConfigSchema } from './providerConfig';
import { createSmtpAdapter } from './smtpAdapter';
import { anOutboundMessage } from './testing/anOutboundMessage';
import { localPeerOutbound } from './testing/localPeerOutbound';
import { parseMime } from './testing/parseMime';
import { type SmtpSink, startSmtpSink } from './testing/startSmtpSink';

const outbound = localPeerOutbound();
afterAll(() => outbound.close());

describe('SMTP adapter against a local smtp-server sink', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.close());

  it('delivers HTML and text with the subject, sender and an idempotent Message-ID', async () => {
    const adapter = createSmtpAdapter(
      smtpConfigSchema.parse({
        provider: 'smtp',
        host: '127.0.0.1',
        port: sink.port,
        from: '샵 <news@shop.example.com>',
      }),
      outbound,
    );
    const message = anOutboundMessage('email', {
      subject: '민지님, 장바구니를 잊지 마세요',
      html: '<h1>쿠폰 SAVE10</h1><p>지금 사용하세요</p>',
      text: '쿠폰 SAVE10 — 지금 사용하세요',
    });
    try {
      const result = await adapter.send(message);
      expect(result).toMatchObject({ status: 'sent' });
    } finally {
      adapter.close();
    }
    expect(sink.mails).toHaveLength(1);
    const mail = sink.mails[0]!;
    expect(mail.from).toBe('news@shop.example.com');
    expect(mail.to).toEqual(['minji@example.com']);
    const parsed = parseMime(mail.raw);
    expect(parsed.subject).toBe('민지님, 장바구니를 잊지 마세요');
    expect(parsed.html).toBe('<h1>쿠폰 SAVE10</h1><p>지금 사용하세요</p>');
    expect(parsed.text).toBe('쿠폰 SAVE10 — 지금 사용하세요');
    expect(parsed.headers.get('x-journeyflow-idempotency-key')).toBe(message.idempotencyKey);
    expect(parsed.headers.get('message-id')).toContain('@shop.example.com>');
  });

  it('refuses an SMTP host that resolves to a loopback address not allowed (outbound_blocked), sending nothing', async () => {
    const strict = createOutboundClient(createOutboundPolicy([]));
    for (const host of ['127.0.0.1', 'localhost', '2130706433']) {
      const adapter = createSmtpAdapter(
        smtpConfigSchema.parse({ provider: 'smtp', host, port: sink.port, from: 'news@shop.example.com' }),
        strict,
      );
      const before = sink.mails.length;
      try {
        const result = await adapter.send(anOutboundMessage('email', { subject: 's', html: '<p>x</p>' }));
        expect(result).toMatchObject({ status: 'failed', retryable: false, code: 'outbound_blocked' });
      } finally {
        adapter.close();
      }
      expect(sink.mails.length).toBe(before);
    }
    await strict.close();
  });

  it('reports a refused connection as retryable', async () => {
    const adapter = createSmtpAdapter(
      smtpConfigSchema.parse({ provider: 'smtp', host: '127.0.0.1', port: 1, from: 'news@shop.example.com' }),
      outbound,
    );
    try {
      const result = await adapter.send(anOutboundMessage('email', { subject: 's', html: '<p>x</p>' }));
      expect(result).toMatchObject({ status: 'failed', retryable: true });
    } finally {
      adapter.close();
    }
  });
});
