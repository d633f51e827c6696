import { en, type MessageKey } from './dictionary';
import type { Translate } from './useT';

type CodedIssue = {
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>> | undefined;
};

const PURPOSE_PARAMS = ['purpose', 'templatePurpose'] as const;

/** A content field's name in the reader's language (`text` or `content.text` → 본문), else as sent. */
export function contentFieldName(t: Translate, field: string): string {
  const key = `content.${field.replace(/^content\./, '')}`;
  return key in en ? t(key as MessageKey) : field;
}

/**
 * An issue (validation, compliance, a 422's details) in the reader's language: the dictionary's text for
 * `issue.<code>` with the issue's `params`, else the server's English `message`.
 */
export function issueText(t: Translate, issue: CodedIssue): string {
  const key = `issue.${issue.code}`;
  if (!issue.params || !(key in en)) return issue.message;
  const values: Record<string, string | number> = { ...issue.params };
  for (const name of PURPOSE_PARAMS) {
    const value = values[name];
    if (value === 'ad' || value === 'info') values[name] = t(`purpose.${value}`);
  }
  if (values.field !== undefined) values.field = contentFieldName(t, String(values.field));
  return t(key as MessageKey, values);
}
