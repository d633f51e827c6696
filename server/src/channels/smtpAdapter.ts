import { isIP } from 'node:net';
import type { ChannelAdapter } from '@journeyflow/engine/ports/channels';
import type { EmailContent } from '@journeyflow/shared/messaging/channelContent';
import nodemailer from 'nodemailer';
import type { OutboundClient } from '../http/outbound/outboundClient';
import { findOutboundError } from '../http/outbound/outboundError';
import { networkFailure } from './httpFailure';
import type { SmtpConfig } from './providerConfig';

/** SMTP replies that a later attempt can fix: 4xx transient codes and connection trouble. */
const isTransient = (error: unknown): boolean => {
  const e = error as { responseCode?: number; code?: string };
  if (typeof e.responseCode === 'number') return e.responseCode >= 400 && e.responseCode < 500;
  return true;
};

/**
 * HTML + text email through the workspace's SMTP server (nodemailer). The host is resolved and checked by
 * the outbound guard before each send, and nodemailer connects to that checked address (naming the host
 * for TLS), so a host that resolves elsewhere in between is never reached.
 */
export const createSmtpAdapter = (
  config: SmtpConfig,
  outbound: OutboundClient,
): ChannelAdapter & { close(): void } => {
  const transports = new Map<string, nodemailer.Transporter>();
  const transportFor = (address: string) => {
    let transport = transports.get(address);
    if (!transport) {
      transport = nodemailer.createTransport({
        host: address,
        port: config.port,
        secure: config.secure,
        ...(isIP(config.host) ? {} : { tls: { servername: config.host } }),
        ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      });
      transports.set(address, transport);
    }
    return transport;
  };
  return {
    provider: 'smtp',
    channels: ['email'],
    ...(config.ratePerSecond ? { ratePerSecond: config.ratePerSecond } : {}),
    async send(message) {
      const content = message.content as EmailContent;
      const domain = config.from.split('@')[1]?.replace(/>.*$/, '') || 'journeyflow.local';
      try {
        const transport = transportFor(await outbound.resolveHost(config.host));
        const info = await transport.sendMail({
          from: config.from,
          to: message.to.email ?? '',
          subject: content.subject,
          html: content.html,
          ...(content.text ? { text: content.text } : {}),
          // A stable Message-ID derived from the idempotency key lets receivers drop a retried duplicate.
          messageId: `<${message.idempotencyKey.replace(/[^\w.-]/g, '.')}@${domain}>`,
          headers: { 'X-Journeyflow-Idempotency-Key': message.idempotencyKey },
        });
        return { status: 'sent', providerMessageId: info.messageId };
      } catch (error) {
        if (findOutboundError(error)) return networkFailure(error, `SMTP host ${config.host}: `);
        return {
          status: 'failed',
          retryable: isTransient(error),
          error: error instanceof Error ? error.message : String(error),
        };
      }
    },
    close: () => {
      for (const transport of transports.values()) transport.close();
      transports.clear();
    },
  };
};
