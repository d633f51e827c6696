import type { NodeSettingsIssue, ValidationContext } from '../journey/nodeDefinition';
import {
  type AlimtalkContent,
  type Channel,
  channelContentSchemas,
  type MessagePurpose,
  type SmsContent,
} from '../messaging/channelContent';
import {
  type AdIdentity,
  type ChannelMessage,
  checkMessageCompliance,
  checkSmsContent,
} from '../messaging/checkMessageCompliance';
import { isAlimtalkAd, isInformationalBrandMessage } from './channelPurpose';
import { checkAlimtalkTemplate } from './checkAlimtalkTemplate';
import { effectivePurpose } from './effectivePurpose';

/** One send to check: a journey `send` step, a saved template or a test send. */
export type SendUnderCheck = {
  readonly channel: Channel;
  /** The purpose the step (or template) declares; the effective purpose may still be `ad`. */
  readonly purpose: MessagePurpose;
  readonly templateId?: string;
  /** Inline content; for a saved template, its own content. */
  readonly content?: unknown;
  readonly fallback?: { readonly channel: 'sms'; readonly content: SmsContent };
};

/**
 * What the workspace knows that the rules use: its saved templates (to resolve `templateId`), its
 * registered AlimTalk templates, and its advertising identity (sender name, 080 opt-out line) from the
 * messaging settings. Every part is optional; a rule whose part is unknown is skipped.
 */
export type ComplianceContext = Pick<
  ValidationContext,
  'templates' | 'alimtalkTemplates' | 'senderName' | 'optoutLine'
>;

const channelName: Record<Channel, string> = {
  sms: 'SMS',
  alimtalk: 'AlimTalk',
  brandmessage: 'Brand Message',
  push: 'push',
  inapp: 'in-app',
  email: 'email',
  webhook: 'webhook',
};

/**
 * The one compliance check (SPEC §6, Korean advertising law) of a send, whether its text is inline or
 * comes from a saved template: the effective purpose (a step cannot turn an ad template into
 * information), AlimTalk never for ads, Brand Message only for ads, `(광고)` first, the sender name, the
 * free opt-out line naming the workspace's own 080 number, the registered AlimTalk template, and the SMS
 * fallback's own text. Runs on template save, in `validateJourney` (editor and server), at submit and
 * publish; errors block.
 */
export function checkSendCompliance(send: SendUnderCheck, context: ComplianceContext): NodeSettingsIssue[] {
  const issues: NodeSettingsIssue[] = [];
  const identity: AdIdentity = {
    ...(context.senderName !== undefined ? { senderName: context.senderName } : {}),
    ...(context.optoutLine !== undefined ? { optoutLine: context.optoutLine } : {}),
  };
  let content = send.content;
  let contentPath: readonly string[] = ['content'];
  let templatePurpose: MessagePurpose | undefined;
  if (send.templateId !== undefined && context.templates) {
    const template = context.templates.find((t) => t.id === send.templateId);
    if (!template) {
      issues.push({
        code: 'template_not_found',
        message: `The template "${send.templateId}" does not exist in this workspace.`,
        severity: 'error',
        path: ['templateId'],
        params: { templateId: send.templateId },
      });
      return issues;
    }
    const name = template.name ?? template.id;
    if (template.channel !== send.channel) {
      issues.push({
        code: 'template_channel_mismatch',
        message: `The template "${name}" is for ${channelName[template.channel]}, but this step sends by ${channelName[send.channel]}.`,
        severity: 'error',
        path: ['templateId'],
        params: { template: name, templateChannel: template.channel, channel: send.channel },
      });
      return issues;
    }
    templatePurpose = template.purpose;
    if (template.purpose !== send.purpose) {
      const downgrade = template.purpose === 'ad';
      issues.push({
        code: 'template_purpose_mismatch',
        message: downgrade
          ? `The template "${name}" is an ad, so this step sends an ad whatever it says; mark the step as an ad.`
          : `The template "${name}" is informational, but this step sends it as an ad; the ad rules apply to its text.`,
        severity: downgrade ? 'error' : 'warning',
        path: ['purpose'],
        params: { template: name, templatePurpose: template.purpose, purpose: send.purpose },
      });
    }
    content = template.content;
    contentPath = ['templateId'];
  }
  const purpose = effectivePurpose(send.purpose, templatePurpose);
  if (isAlimtalkAd(send.channel, purpose)) {
    issues.push({
      code: 'alimtalk_ad_forbidden',
      message:
        'AlimTalk may only carry informational messages; send ads by Brand Message or SMS, or mark this message informational.',
      severity: 'error',
      path: ['purpose'],
      params: {},
    });
  }
  if (isInformationalBrandMessage(send.channel, purpose)) {
    issues.push({
      code: 'brandmessage_ad_only',
      message:
        'A Brand Message is promotional: mark it as an ad so consent, night-time and the ad text rules apply, or send information by AlimTalk or SMS.',
      severity: 'error',
      path: ['purpose'],
      params: {},
    });
  }
  if (content !== undefined) {
    const parsed = channelContentSchemas[send.channel].safeParse(content);
    if (parsed.success) {
      const message = { channel: send.channel, content: parsed.data } as ChannelMessage;
      const contentIssues = [
        ...checkMessageCompliance(message, purpose, contentPath, identity),
        ...(send.channel === 'alimtalk'
          ? checkAlimtalkTemplate(parsed.data as AlimtalkContent, context.alimtalkTemplates, contentPath)
          : []),
      ];
      // A saved template's text is not edited in the step: its issues belong to the template picker.
      issues.push(
        ...(send.templateId !== undefined && contentPath[0] === 'templateId'
          ? contentIssues.map((issue) => ({ ...issue, path: ['templateId'] }))
          : contentIssues),
      );
    }
  }
  if (send.fallback) {
    issues.push(...checkSmsContent(send.fallback.content, purpose, ['fallback', 'content'], identity));
  }
  return issues;
}
