import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyScreen, type ScreenChunk, screenChunk } from './lazyScreen';

const Editor = () => <p>editor drawn</p>;
const Segments = () => <p>segments drawn</p>;

/** A chunk whose arrival the test decides. */
function deferredChunk() {
  let arrive: (module: { Editor: typeof Editor }) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const promise = new Promise<{ Editor: typeof Editor }>((resolve, reject) => {
    arrive = resolve;
    fail = reject;
  });
  return { load: () => promise, arrive: () => arrive({ Editor }), fail };
}

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>failed: {this.state.error.message}</p> : this.props.children;
  }
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('lazyScreen', () => {
  it('draws a screen whose chunk a loader already loaded in its first render, with no skeleton', async () => {
    const chunk = screenChunk(async () => ({ Editor }), 'Editor');
    await chunk.preload();
    render(<LazyScreen chunk={chunk} />);
    expect(screen.getByText('editor drawn')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('replaces the skeleton the moment the chunk arrives (no 300 ms Suspense fallback throttle)', async () => {
    // Outside act(), so React schedules and delays commits as it does in the browser.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const before = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      const chunk = deferredChunk();
      render(<LazyScreen chunk={screenChunk(chunk.load, 'Editor')} />);
      await waitFor(() => expect(screen.getByRole('status')).toBeTruthy());
      chunk.arrive();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(screen.queryByText('editor drawn')).toBeTruthy();
    } finally {
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = before;
    }
  });

  it('hands a failed download to the error boundary and tries again on the next render', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = deferredChunk();
    let attempts = 0;
    const flaky = screenChunk(() => {
      attempts++;
      return attempts === 1 ? first.load() : Promise.resolve({ Editor });
    }, 'Editor');
    const view = render(
      <Boundary>
        <LazyScreen chunk={flaky} />
      </Boundary>,
    );
    await act(async () => {
      first.fail(new Error('chunk missing'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByText('failed: chunk missing')).toBeTruthy();
    view.unmount();
    render(<LazyScreen chunk={flaky} />);
    expect(await screen.findByText('editor drawn')).toBeTruthy();
    expect(attempts).toBe(2);
  });

  it('draws the new screen when a route hands the same element another chunk', async () => {
    const editor: ScreenChunk = screenChunk(async () => ({ Editor }), 'Editor');
    const segments: ScreenChunk = screenChunk(async () => ({ Segments }), 'Segments');
    await editor.preload();
    const view = render(<LazyScreen chunk={editor} />);
    view.rerender(<LazyScreen chunk={segments} />);
    expect(screen.getByRole('status')).toBeTruthy();
    expect(await screen.findByText('segments drawn')).toBeTruthy();
    view.rerender(<LazyScreen chunk={editor} />);
    expect(screen.getByText('editor drawn')).toBeTruthy();
  });
});
