import { parseHttpUrl } from '../../guard/http-url';
import type { FetchJson } from '../../match/zip-centroids';

// The ZIP tables (dist/zips/) sit beside the widget's folder (dist/widget/) on whatever host
// serves the widget, so their address follows from this module's own. (A variable, not a
// literal: bundlers take `new URL('…', import.meta.url)` for an asset to copy.)
const ZIPS_FROM_MODULE = '../zips/';

/** Where the ZIP tables are by default, or undefined when it cannot be told (e.g. an ESM import). */
export function defaultZipsUrl(): string | undefined {
  const here = parseHttpUrl(import.meta.url);
  if (here && /\/widget\/[^/]+$/.test(here.pathname)) return new URL(ZIPS_FROM_MODULE, here).href;
  // Not served from a widget/ folder (an unusual bundler): beside the page's script tag.
  const tag = typeof document !== 'undefined' ? document.querySelector<HTMLScriptElement>('script[src*="treatment-quiz"]') : null;
  return tag?.src ? absoluteUrl('zips/', tag.src) : undefined;
}

/** An address from the config resolved against the page, or undefined when it is not http(s). */
export function absoluteUrl(url: string | undefined, base = typeof document !== 'undefined' ? document.baseURI : undefined): string | undefined {
  return url ? parseHttpUrl(url, base)?.href : undefined;
}

/** GET JSON without cookies; rejects on network errors, HTTP errors, slow servers and bad JSON. */
export const fetchJson: FetchJson = async (url) => {
  const timeout = typeof AbortSignal !== 'undefined' && 'timeout' in AbortSignal ? AbortSignal.timeout(10_000) : undefined;
  const res = await fetch(url, { credentials: 'omit', ...(timeout ? { signal: timeout } : {}) });
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return res.json();
};
