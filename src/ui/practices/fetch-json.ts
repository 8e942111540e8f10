import { parseHttpUrl } from '../../guard/http-url';
import type { FetchJson } from '../../match/zip-centroids';

// The ZIP table (dist/zips/) sits next to the widget's script on whatever host serves it.
// The widget's modules live in widget/ beside that script, so its address follows from this
// module's own, however the <script> tag is named. (A variable, not a literal, so bundlers do
// not take `new URL(…, import.meta.url)` for an asset to copy.)
const LOADER_FROM_MODULE = '../treatment-quiz.js';
function fromModule(): string | undefined {
  // Not an http(s) URL (unusual bundlers): fall back to the page's script tags.
  const here = parseHttpUrl(import.meta.url);
  return here && /\/widget\/[^/]+$/.test(here.pathname) ? new URL(LOADER_FROM_MODULE, here).href : undefined;
}
const loadedFrom = fromModule();

/** The widget script's address (or undefined when it cannot be told, e.g. an ESM import). */
export function scriptSrc(): string | undefined {
  if (loadedFrom) return loadedFrom;
  const tag = typeof document !== 'undefined' ? document.querySelector<HTMLScriptElement>('script[src*="treatment-quiz"]') : null;
  return tag?.src || undefined;
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
