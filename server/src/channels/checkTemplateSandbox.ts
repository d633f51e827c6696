import { liquidIssues } from '@journeyflow/shared/messaging/liquidSyntax';
import { TemplateError, type TemplateErrorCode } from '@journeyflow/shared/messaging/templateError';
import { TemplateRefusedError } from '../errors/templateRefusedError';

const REFUSED: ReadonlySet<string> = new Set<TemplateErrorCode>([
  'template_tag_not_allowed',
  'template_limit_exceeded',
]);

/**
 * Refuses to save template content the Liquid sandbox would refuse at every send (a file-reading tag, or a
 * source over the parse limit), with the shared syntax check the editor shows. Plain syntax errors are the
 * editor's and validation's business and still save, as before.
 */
export function checkTemplateSandbox(content: unknown): void {
  const refused = liquidIssues(content, ['content']).filter((issue) => REFUSED.has(issue.code));
  const [first] = refused;
  if (!first) return;
  throw new TemplateRefusedError(new TemplateError(first.code as TemplateErrorCode, first.message), {
    issues: refused.map(({ code, message, path }) => ({ code, message, path: (path ?? []).join('.') })),
  });
}
