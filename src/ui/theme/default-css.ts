// The theme stylesheet when the owner sets no theme: `themeCss()` computed ahead of time (a test
// keeps the two equal), so a page without settings never downloads the colour maths.
export const DEFAULT_THEME_CSS =
  ":host{--tq-radius:12px;--tq-font:system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;--tq-bg:#ffffff;--tq-text:#1f2933;--tq-accent:#1d6f5f;--tq-on-accent:#ffffff;--tq-link:#1d6f5f;color-scheme:light}";
