import { h, type ComponentType, type VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// The one way the widget loads a part (src/parts.ts says which parts exist and when each
// loads). Every `import()` of a part goes through `part()`, so each is fetched once, a failure
// is reported the same way everywhere, and a part that has arrived renders in the same pass.

export interface Part<T> {
  /** Starts the download (once; again after a failure) and resolves with the module's value. */
  (): Promise<T>;
  /** The value, when the part has arrived. */
  readonly ready: () => T | undefined;
}

/**
 * A part of the widget that is a separate file. `load` is the `import()` of one of its modules.
 * A failed download rejects (callers choose their fallback) and is tried again on the next call.
 */
export function part<T>(load: () => Promise<T>): Part<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  const get = () =>
    (pending ??= load().then(
      (v) => (value = v),
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    ));
  return Object.assign(get, { ready: () => value });
}

/**
 * A part's value inside a component: undefined until it arrives, then the component renders
 * again. A failed download is thrown during render, where the error boundary reports it.
 */
export function usePart<T>(p: Part<T>): T | undefined {
  const [failed, setFailed] = useState<unknown>();
  const [, setTick] = useState(0);
  const ready = p.ready();
  useEffect(() => {
    let live = true;
    if (!ready)
      p().then(
        () => live && setTick((n) => n + 1),
        (e: unknown) => live && setFailed(() => e),
      );
    return () => {
      live = false;
    };
  }, [p, ready]);
  if (failed) throw failed;
  return ready;
}

export interface LazyComponent<P> {
  (props: P): VNode | null;
  /** Starts the download early (e.g. one step before the part is shown). */
  readonly preload: Part<ComponentType<P>>;
}

/** A component that is a part of its own: nothing until its file arrives, then the component. */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  const p = part(load);
  function Lazy(props: P) {
    const C = usePart(p);
    return C ? (h(C, props) as VNode) : null;
  }
  Lazy.preload = p;
  return Lazy;
}
