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

/** A settings field in words ("event" → 이벤트 이름); content fields by their content names; else quoted. */
export function settingsFieldName(t: Translate, path: string): string {
  if (path.startsWith('content.')) return contentFieldName(t, path);
  const last =
    path
      .replace(/\[\d+\]/g, '')
      .split('.')
      .pop() ?? path;
  const key = `field.${last}`;
  return key in en ? t(key as MessageKey) : t('field.other', { field: path });
}

/** Codes whose words depend on one param (`problem`, `empty`) get their own key. */
function keyOf(issue: CodedIssue): string {
  const params = issue.params ?? {};
  if (issue.code === 'invalid_settings' || issue.code === 'invalid_journey_settings')
    return `issue.${issue.code}.${params.problem === 'required' ? 'required' : 'invalid'}`;
  if (issue.code === 'no_entry' && params.empty === 1) return 'issue.no_entry.empty';
  return `issue.${issue.code}`;
}

/**
 * An issue (validation, compliance, a 422's details) in the reader's language: the dictionary's text for
 * `issue.<code>` with the issue's `params`, else the server's English `message`.
 */
export function issueText(t: Translate, issue: CodedIssue): string {
  const key = keyOf(issue);
  if (!issue.params || !(key in en)) return issue.message;
  if (issue.code === 'invalid_settings' || issue.code === 'invalid_journey_settings')
    return t(key as MessageKey, { field: settingsFieldName(t, String(issue.params.field ?? '')) });
  const values: Record<string, string | number> = { ...issue.params };
  for (const name of PURPOSE_PARAMS) {
    const value = values[name];
    if (value === 'ad' || value === 'info') values[name] = t(`purpose.${value}`);
  }
  if (values.field !== undefined) values.field = contentFieldName(t, String(values.field));
  if (typeof values.handle === 'string') {
    const handle = `handle.${values.handle}`;
    if (handle in en) values.handle = t(handle as MessageKey);
  }
  const text = t(key as MessageKey, values);
  // A param the words need but the issue lacks: the server's sentence beats a visible `{placeholder}`.
  return /\{\w+\}/.test(text) ? issue.message : text;
}
