import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LabelledControl } from './LabelledControl';

afterEach(cleanup);

describe('LabelledControl', () => {
  it('names the control by its label and shows what follows it, in a field block', () => {
    const { container } = render(
      <LabelledControl label="Note" control={(id) => <textarea id={id} />}>
        <span>Hint</span>
      </LabelledControl>,
    );
    expect(screen.getByRole('textbox', { name: 'Note' })).toBeTruthy();
    expect(screen.getByText('Hint')).toBeTruthy();
    expect(container.querySelector('.jf-field')).not.toBeNull();
  });

  it('leaves out the block when bare', () => {
    const { container } = render(<LabelledControl bare label="Code" control={(id) => <input id={id} />} />);
    expect(screen.getByRole('textbox', { name: 'Code' })).toBeTruthy();
    expect(container.querySelector('.jf-field')).toBeNull();
  });
});
