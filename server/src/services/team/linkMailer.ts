import type { ChannelsPort } from '@journeyflow/engine/ports/channels';
import { newId } from '../../ids';
import type { LinkMailer } from './invitationService';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * Mails invitation and password reset links through the workspace's email channel, but only when that
 * is a real SMTP server: the sandbox would only pretend, and the admin has the link on screen anyway.
 */
export const createLinkMailer =
  (channels: ChannelsPort): LinkMailer =>
  async (workspaceId, mail) => {
    const adapter = await channels.resolve(workspaceId, 'email');
    if (adapter.provider !== 'smtp') return false;
    const invite = mail.kind === 'invite';
    const subject = invite
      ? 'Journeyflow 초대 / You are invited to Journeyflow'
      : 'Journeyflow 비밀번호 재설정 / Password reset';
    const lines = [
      invite
        ? '아래 링크에서 계정을 만드세요. / Create your account with this link:'
        : '아래 링크에서 새 비밀번호를 정하세요. / Set a new password with this link:',
      mail.url,
      `만료 / Expires: ${mail.expiresAt.toISOString()}`,
    ];
    const id = newId('mail');
    const result = await adapter.send({
      id,
      idempotencyKey: id,
      workspaceId,
      journeyId: null,
      runId: null,
      nodeId: null,
      customerId: '',
      channel: 'email',
      purpose: 'info',
      content: {
        subject,
        html: lines.map((line) => `<p>${escapeHtml(line)}</p>`).join(''),
        text: lines.join('\n'),
      },
      to: { externalId: '', phone: null, email: mail.to, pushTokens: [] },
      attempt: 1,
    });
    return result.status !== 'failed';
  };
