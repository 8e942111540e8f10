import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Adopts `css` into the shadow root `ref` renders in, for as long as the component lives.
 * Parts that load on demand (the lead form, the launcher) bring their own styles this way, so
 * their CSS is not in the first download either. No-op outside a shadow root.
 */
export function useAdoptedSheet(ref: RefObject<Element>, css: string, deps: readonly unknown[] = []): void {
  // Layout effect: adopted before the first paint, so the part never shows unstyled.
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode();
    if (!(root instanceof ShadowRoot)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css, ...deps]);
}
