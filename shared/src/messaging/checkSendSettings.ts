import type { NodeSettingsIssue, ValidationContext } from '../journey/nodeDefinition';
import type { SendSettings } from '../journey/nodes/send';

/** Semantic checks of a `send` node's settings beyond its schema. */
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
    });
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
    }
  }
  if (settings.fallback && settings.channel === 'sms') {
    issues.push({
      code: 'fallback_same_channel',
      message: 'An SMS cannot fall back to SMS; remove the fallback.',
      severity: 'warning',
      path: ['fallback'],
    });
  }
  return issues;
}
