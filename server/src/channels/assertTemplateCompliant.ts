import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import type { CreateTemplateRequest } from '@journeyflow/shared/api/templates';
import { adLawErrors } from '@journeyflow/shared/compliance/adLawIssues';
import { checkSendCompliance } from '@journeyflow/shared/compliance/checkSendCompliance';
import { ValidationFailedError } from '../errors/domainErrors';
import { getMessagingSettings } from './workspaceMessagingService';

/**
 * A template must follow the advertising rules before it is saved (issue 13): `(광고)` first, the
 * workspace's sender name, the opt-out line with its own 080 number, no AlimTalk ads, Brand Messages
 * only as ads. 422 `validation_failed` with `details.issues` (code, params, message, path) otherwise.
 */
export const assertTemplateCompliant = async (
  sql: SqlClient,
  workspaceId: string,
  template: CreateTemplateRequest,
): Promise<void> => {
  const messaging = await getMessagingSettings(sql, workspaceId);
  const issues = checkSendCompliance(
    { channel: template.channel, purpose: template.purpose, content: template.content },
    { senderName: messaging.senderName, optoutLine: messaging.optoutLine },
  );
  const errors = adLawErrors(issues).map(({ path, ...issue }) => ({
    ...issue,
    ...(path ? { field: path.filter((part) => part !== 'content').join('.') } : {}),
  }));
  if (errors.length > 0) {
    throw new ValidationFailedError(
      `The template breaks the advertising rules: ${errors.map((issue) => issue.message).join(' ')}`,
      { issues: errors },
    );
  }
};
