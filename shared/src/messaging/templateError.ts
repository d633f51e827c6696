/** Why a message template could not be rendered; the reason code of the failed message or the 422. */
export type TemplateErrorCode =
  | 'template_tag_not_allowed'
  | 'template_limit_exceeded'
  | 'template_render_failed';

/** A template the sandbox refused or could not finish; fails that one message, never the process. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  readonly code: TemplateErrorCode;
  constructor(code: TemplateErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Tags that read other templates (files); Journeyflow templates are self-contained. */
export const FORBIDDEN_TAGS = ['include', 'render', 'layout'] as const;

const tagRefusal = (tag: string) =>
  `{% ${tag} %} is not allowed: a message template cannot include other templates or files`;

/** The error a forbidden tag throws while its template is parsed. */
export class TemplateTagNotAllowedError extends TemplateError {
  constructor(tag: string) {
    super('template_tag_not_allowed', tagRefusal(tag));
  }
}

/** Maps whatever Liquid threw while parsing or rendering to a `TemplateError` with a reason code. */
export function toTemplateError(thrown: unknown): TemplateError {
  if (thrown instanceof TemplateError) return thrown;
  const original = (thrown as { originalError?: unknown } | undefined)?.originalError;
  if (original instanceof TemplateError) return original;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const limit = /(parse length|template render|memory alloc) limit exceeded/.exec(message);
  if (limit) {
    const what =
      limit[1] === 'parse length'
        ? 'it is too long'
        : limit[1] === 'template render'
          ? 'it took too long to render'
          : 'it builds too much text or too many items (e.g. nested loops over large ranges)';
    return new TemplateError('template_limit_exceeded', `The template exceeds the rendering limits: ${what}`);
  }
  const tag = FORBIDDEN_TAGS.find((name) => message.includes(tagRefusal(name)));
  if (tag) return new TemplateTagNotAllowedError(tag);
  return new TemplateError(
    'template_render_failed',
    `The template could not be rendered: ${message.replace(/, line:(\d+), col:(\d+)$/, ' (line $1, column $2)')}`,
  );
}
