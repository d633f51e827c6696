import type { NodeSettingsIssue } from '../journey/nodeDefinition';
import type { AlimtalkContent } from '../messaging/channelContent';

type Path = readonly (string | number)[];

/** A registered AlimTalk template as the checks need it (`body` holds the `#{variable}` placeholders). */
export type RegisteredAlimtalkTemplate = {
  readonly code: string;
  readonly body: string;
  readonly name?: string;
};

const PLACEHOLDER = /#\{([^{}]+)\}/g;

/** Checks AlimTalk content against the workspace's registered templates (skipped when they are unknown). */
export function checkAlimtalkTemplate(
  content: AlimtalkContent,
  registry: readonly RegisteredAlimtalkTemplate[] | undefined,
  path: Path,
): NodeSettingsIssue[] {
  if (!registry) return [];
  const template = registry.find((t) => t.code === content.templateCode);
  if (!template) {
    return [
      {
        code: 'alimtalk_template_not_found',
        message: `No registered AlimTalk template has the code "${content.templateCode}"; AlimTalk can only send templates Kakao approved.`,
        severity: 'error',
        path: [...path, 'templateCode'],
        params: { code: content.templateCode },
      },
    ];
  }
  const placeholders = [
    ...new Set([...template.body.matchAll(PLACEHOLDER)].map((match) => match[1]!.trim())),
  ];
  const given = Object.keys(content.variables);
  const issues: NodeSettingsIssue[] = [];
  const name = template.name ?? template.code;
  const missing = placeholders.filter((key) => !given.includes(key));
  if (missing.length > 0) {
    const variables = missing.map((key) => `#{${key}}`).join(', ');
    issues.push({
      code: 'alimtalk_variable_missing',
      message: `The template "${name}" needs a value for ${variables}.`,
      severity: 'error',
      path: [...path, 'variables'],
      params: { template: name, variables },
    });
  }
  const unused = given.filter((key) => !placeholders.includes(key));
  if (unused.length > 0) {
    const variables = unused.map((key) => `#{${key}}`).join(', ');
    issues.push({
      code: 'alimtalk_variable_unused',
      message: `The template "${name}" has no ${variables}; that value is never shown.`,
      severity: 'warning',
      path: [...path, 'variables'],
      params: { template: name, variables },
    });
  }
  return issues;
}
