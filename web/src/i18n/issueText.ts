import { en, type MessageKey } from './dictionary';
import type { Translate } from './useT';

type CodedIssue = {
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>> | undefined;
};

const PURPOSE_PARAMS = ['purpose', 'templatePurpose'] as const;

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
  return t(key as MessageKey, values);
}
