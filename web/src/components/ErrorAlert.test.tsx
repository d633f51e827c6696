import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorAlert } from './ErrorAlert';

afterEach(cleanup);

describe('ErrorAlert', () => {
  it('announces the message, small under a form', () => {
    render(<ErrorAlert message="Name taken" small />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Name taken');
    expect(alert.className).toBe('jf-field-error');
  });

  it('is the page-size error text by default and nothing without a message', () => {
    const { rerender, container } = render(<ErrorAlert message="Could not save" />);
    expect(screen.getByRole('alert').className).toBe('jf-error-text');
    rerender(<ErrorAlert message={undefined} />);
    expect(container.innerHTML).toBe('');
  });
});
