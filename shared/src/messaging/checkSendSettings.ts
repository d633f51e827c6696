import { checkSendCompliance } from '../compliance/checkSendCompliance';
import type { NodeSettingsIssue, ValidationContext } from '../journey/nodeDefinition';
import type { SendSettings } from '../journey/nodes/sendSettings';
import { liquidIssues } from './liquidSyntax';
import { unsafeLinkIssues } from './unsafeLinks';

/** Semantic checks of a `send` node's settings beyond its schema; the messaging rules are `checkSendCompliance`. */
export function checkSendSettings(settings: SendSettings, context: ValidationContext): NodeSettingsIssue[] {
  const issues: NodeSettingsIssue[] = [];
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
      params: { both: hasTemplate ? 1 : 0 },
    });
  }
  issues.push(...checkSendCompliance(settings, context));
  if (settings.content !== undefined) issues.push(...liquidIssues(settings.content, ['content']));
  if (settings.content !== undefined)
    issues.push(...unsafeLinkIssues(settings.channel, settings.content, ['content']));
  if (settings.fallback) {
    if (settings.channel === 'sms') {
      issues.push({
        code: 'fallback_same_channel',
        message: 'An SMS cannot fall back to SMS; remove the fallback.',
        severity: 'warning',
        path: ['fallback'],
        params: {},
      });
    }
    issues.push(...liquidIssues(settings.fallback.content, ['fallback', 'content']));
    issues.push(...unsafeLinkIssues('sms', settings.fallback.content, ['fallback', 'content']));
  }
  return issues;
}
