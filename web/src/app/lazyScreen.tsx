import { type ComponentType, createElement, useEffect, useReducer, useState } from 'react';
import { PageSkeleton } from '../components/PageSkeleton';

/** A screen's chunk: the component once loaded, and a way to start loading it. */
export type ScreenChunk = {
  /** The screen's component when its chunk has loaded, undefined before. */
  readonly loaded: () => ComponentType | undefined;
  /** Starts loading the chunk (a route loader calls it, so the chunk loads alongside the data). */
  readonly preload: () => Promise<ComponentType>;
};

/** The chunk exporting the screen `name`, loaded by `load` on first use. */
export function screenChunk<T extends Record<string, ComponentType>>(
  load: () => Promise<T>,
  name: keyof T,
): ScreenChunk {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () => {
    if (!loading) {
      const started = load().then((module) => {
        loaded = module[name] as ComponentType;
        return loaded;
      });
      // A failed download is tried again by the next render, not remembered for good.
      started.catch(() => {
        if (loading === started) loading = undefined;
      });
      loading = started;
    }
    return loading;
  };
  return { loaded: () => loaded, preload };
}

/**
 * A screen in its own chunk, without `React.lazy` and Suspense: React holds back the content a Suspense
 * boundary reveals on retry until 300 ms after its fallback appeared (the fallback throttle), so a
 * screen whose chunk arrived a moment after the session check was drawn up to 300 ms late — most of the
 * gap between a warm editor open and its target (issue #15). Here a loaded chunk is drawn in the same
 * render, and one still loading shows the skeleton and is drawn the moment it arrives.
 */
export function LazyScreen({ chunk }: { readonly chunk: ScreenChunk }) {
  // Read on every render: routes reuse this component for another chunk, and a chunk only ever loads once.
  const component = chunk.loaded();
  const [, arrived] = useReducer((count: number) => count + 1, 0);
  const [failure, setFailure] = useState<{ readonly chunk: ScreenChunk; readonly error: unknown }>();
  useEffect(() => {
    if (component) return;
    let current = true;
    chunk.preload().then(
      () => current && arrived(),
      (error: unknown) => current && setFailure({ chunk, error }),
    );
    return () => {
      current = false;
    };
  }, [chunk, component]);
  // Thrown while rendering, so the route's error element shows it as it did for a failed lazy import.
  if (failure?.chunk === chunk) throw failure.error;
  return component ? createElement(component) : <PageSkeleton />;
}
