import { ApiError } from '../../api/ApiError';
import { contentFieldName, issueText } from '../../i18n/issueText';
import type { Translate } from '../../i18n/useT';

type ErrorIssue = {
  code?: string;
  path?: string;
  field?: string;
  message: string;
  params?: Record<string, string | number>;
};

/** An API error as text; a 422's coded issues (e.g. the advertising rules) in the reader's language. */
export const templateErrorText = (t: Translate, error: unknown): string => {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const issues = (error.details as { issues?: ErrorIssue[] } | undefined)?.issues;
  if (!issues?.length) return error.message;
  const lines = issues.map((issue) => {
    const where = issue.field ?? issue.path;
    const text = issue.code ? issueText(t, { ...issue, code: issue.code }) : issue.message;
    return where ? `${contentFieldName(t, where)}: ${text}` : text;
  });
  return issues.some((issue) => issue.code?.startsWith('ad_') || issue.code?.includes('_ad_'))
    ? [t('templates.notCompliant'), ...lines].join('\n')
    : lines.join('\n');
};
