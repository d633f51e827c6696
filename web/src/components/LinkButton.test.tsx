import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LinkButton } from './LinkButton';

afterEach(cleanup);

describe('LinkButton', () => {
  it('is a plain button styled as a link that passes its attributes through', () => {
    const onClick = vi.fn();
    render(
      <LinkButton aria-pressed onClick={onClick}>
        Open
      </LinkButton>,
    );
    const button = screen.getByRole('button', { name: 'Open' });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.className).toBe('jf-link-button');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledOnce();
  });
});
