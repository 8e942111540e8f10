import { h, type ComponentType, type VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyComponent<P> {
  (props: P): VNode | null;
  /** Starts the download early (e.g. one step before the part is shown). */
  preload(): Promise<unknown>;
}

/**
 * A component whose code is a separate file, fetched on first use, so parts most visitors
 * never reach (practices, sharing, leads) cost nothing on the first screen. A failed download
 * is thrown during render, where the surrounding error boundary reports it.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let failed: unknown;
  let pending: Promise<unknown> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e) => {
        failed = e;
        pending = undefined;
      },
    ));
  function Lazy(props: P) {
    const [, setTick] = useState(0);
    useEffect(() => {
      let live = true;
      if (!loaded) void preload().then(() => live && setTick((n) => n + 1));
      return () => {
        live = false;
      };
    }, []);
    if (failed) {
      const e = failed;
      failed = undefined;
      throw e;
    }
    return loaded ? (h(loaded, props) as VNode) : null;
  }
  Lazy.preload = preload;
  return Lazy;
}
