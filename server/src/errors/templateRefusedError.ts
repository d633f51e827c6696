import type { TemplateError } from '@journeyflow/shared/messaging/templateError';
import { AppError } from './appError';

/** 422 for a template the Liquid sandbox refuses (`include`/`render`/`layout`) or that exceeds its limits. */
export class TemplateRefusedError extends AppError {
  override readonly name = 'TemplateRefusedError';
  constructor(error: TemplateError, details?: unknown) {
    super({ code: error.code, message: error.message, details, cause: error });
  }
}
