import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError';
import { collectFieldErrors, fieldErrorsOf } from './fieldErrors';

describe('fieldErrorsOf', () => {
  it('maps 4xx issues to fields, first message per field', () => {
    const error = new ApiError(422, 'validation_failed', 'bad', {
      issues: [
        { path: 'body.senderName', message: 'Too long' },
        { path: 'apiKey', message: 'Required' },
        { path: 'apiKey', message: 'second' },
        { path: 'body.buttons.0.name', message: 'Too long' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({
      senderName: 'Too long',
      apiKey: 'Required',
      'buttons.0.name': 'Too long',
    });
  });

  it('has nothing for outages or other errors', () => {
    expect(
      fieldErrorsOf(new ApiError(500, 'internal', 'x', { issues: [{ path: 'a', message: 'b' }] })),
    ).toEqual({});
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
  });
});

describe('collectFieldErrors', () => {
  it('keys schema paths (arrays, bracketed indexes) the way API paths are keyed, first message per field', () => {
    const errors = collectFieldErrors([
      { path: ['branches', 1, 'percent'], message: 'Too big' },
      { path: 'branches[1].percent', message: 'second' },
      { path: 'content.text', message: 'Enter the text' },
    ]);
    expect([...errors]).toEqual([
      ['branches.1.percent', 'Too big'],
      ['content.text', 'Enter the text'],
    ]);
  });
});
