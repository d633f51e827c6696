import type { NodeSettingsIssue, ValidationContext } from '../journey/nodeDefinition';
import type { SendSettings } from '../journey/nodes/send';
import { type AlimtalkContent, channelContentSchemas } from './channelContent';
import { type ChannelMessage, checkMessageCompliance, checkSmsContent } from './checkMessageCompliance';
import { liquidIssues } from './liquidSyntax';
import { unsafeLinkIssues } from './unsafeLinks';

/** Semantic checks of a `send` node's settings beyond its schema, including the Korean messaging rules. */
export function checkSendSettings(settings: SendSettings, context: ValidationContext): NodeSettingsIssue[] {
  const issues: NodeSettingsIssue[] = [];
  const sender = context.senderName ? { senderName: context.senderName } : {};
  const hasTemplate = settings.templateId !== undefined;
  const hasContent = settings.content !== undefined;
  if (hasTemplate === hasContent) {
    issues.push({
      code: 'send_content_source',
      message: hasTemplate
        ? 'Choose either a saved template or write the message here, not both.'
        : 'Choose a saved template or write the message content.',
      severity: 'error',
      path: ['content'],
    });
  }
  if (settings.channel === 'alimtalk' && settings.purpose === 'ad') {
    issues.push({
      code: 'alimtalk_ad_forbidden',
      message:
        'AlimTalk may only carry informational messages; send ads by Brand Message or SMS, or mark this message informational.',
      severity: 'error',
      path: ['purpose'],
    });
  }
  if (settings.content !== undefined) {
    // The discriminated union guarantees the content matches the channel.
    const message = { channel: settings.channel, content: settings.content } as ChannelMessage;
    issues.push(...checkMessageCompliance(message, settings.purpose, ['content'], sender));
  }
  if (settings.content !== undefined) issues.push(...liquidIssues(settings.content, ['content']));
  if (settings.content !== undefined)
    issues.push(...unsafeLinkIssues(settings.channel, settings.content, ['content']));
  if (settings.channel === 'alimtalk' && settings.content !== undefined) {
    issues.push(...checkAlimtalkTemplate(settings.content, context));
  }
  if (settings.templateId !== undefined && context.templates) {
    const template = context.templates.find((t) => t.id === settings.templateId);
    if (!template) {
      issues.push({
        code: 'template_not_found',
        message: `The template "${settings.templateId}" does not exist in this workspace.`,
        severity: 'error',
        path: ['templateId'],
      });
    } else if (template.channel !== settings.channel) {
      issues.push({
        code: 'template_channel_mismatch',
        message: `The template "${template.name ?? template.id}" is for ${template.channel}, but this step sends by ${settings.channel}.`,
        severity: 'error',
        path: ['templateId'],
      });
    } else {
      if (template.purpose !== settings.purpose) {
        issues.push({
          code: 'template_purpose_mismatch',
          message: `The template "${template.name ?? template.id}" is marked ${template.purpose === 'ad' ? 'an ad' : 'informational'}, but this step is marked ${settings.purpose === 'ad' ? 'an ad' : 'informational'}.`,
          severity: settings.purpose === 'info' && template.purpose === 'ad' ? 'error' : 'warning',
          path: ['purpose'],
        });
      }
      const content = channelContentSchemas[settings.channel].safeParse(template.content);
      if (content.success) {
        const message = { channel: settings.channel, content: content.data } as ChannelMessage;
        issues.push(...checkMessageCompliance(message, settings.purpose, ['templateId'], sender));
      }
    }
  }
  if (settings.fallback) {
    if (settings.channel === 'sms') {
      issues.push({
        code: 'fallback_same_channel',
        message: 'An SMS cannot fall back to SMS; remove the fallback.',
        severity: 'warning',
        path: ['fallback'],
      });
    }
    issues.push(...checkSmsContent(settings.fallback.content, settings.purpose, ['fallback', 'content']));
    issues.push(...liquidIssues(settings.fallback.content, ['fallback', 'content']));
    issues.push(...unsafeLinkIssues('sms', settings.fallback.content, ['fallback', 'content']));
  }
  return issues;
}

const PLACEHOLDER = /#\{([^{}]+)\}/g;

/** Checks AlimTalk content against its registered template, when the workspace's templates are known. */
function checkAlimtalkTemplate(content: AlimtalkContent, context: ValidationContext): NodeSettingsIssue[] {
  if (!context.alimtalkTemplates) return [];
  const template = context.alimtalkTemplates.find((t) => t.code === content.templateCode);
  if (!template) {
    return [
      {
        code: 'alimtalk_template_not_found',
        message: `No registered AlimTalk template has the code "${content.templateCode}"; AlimTalk can only send templates Kakao approved.`,
        severity: 'error',
        path: ['content', 'templateCode'],
      },
    ];
  }
  const placeholders = [
    ...new Set([...template.body.matchAll(PLACEHOLDER)].map((match) => match[1]!.trim())),
  ];
  const given = Object.keys(content.variables);
  const issues: NodeSettingsIssue[] = [];
  const missing = placeholders.filter((name) => !given.includes(name));
  if (missing.length > 0) {
    issues.push({
      code: 'alimtalk_variable_missing',
      message: `The template "${template.name ?? template.code}" needs a value for ${missing.map((name) => `#{${name}}`).join(', ')}.`,
      severity: 'error',
      path: ['content', 'variables'],
    });
  }
  const unused = given.filter((name) => !placeholders.includes(name));
  if (unused.length > 0) {
    issues.push({
      code: 'alimtalk_variable_unused',
      message: `The template "${template.name ?? template.code}" has no ${unused.map((name) => `#{${name}}`).join(', ')}; that value is never shown.`,
      severity: 'warning',
      path: ['content', 'variables'],
    });
  }
  return issues;
}
