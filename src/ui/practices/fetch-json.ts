import type { FetchJson } from '../../match/zip-centroids';

// The ZIP table (dist/zips/) sits next to the widget's script on whatever host serves it.
// The widget's modules live in widget/ beside that script, so its address follows from this
// module's own, however the <script> tag is named. (A variable, not a literal, so bundlers do
// not take `new URL(…, import.meta.url)` for an asset to copy.)
const LOADER_FROM_MODULE = '../treatment-quiz.js';
function fromModule(): string | undefined {
  try {
    const here = new URL(import.meta.url);
    if ((here.protocol === 'https:' || here.protocol === 'http:') && /\/widget\/[^/]+$/.test(here.pathname)) return new URL(LOADER_FROM_MODULE, here).href;
  } catch {
    // not a URL (unusual bundlers): fall back to the page's script tags
  }
  return undefined;
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
  if (!url) return undefined;
  try {
    const u = new URL(url, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** GET JSON without cookies; rejects on network errors, HTTP errors, slow servers and bad JSON. */
export const fetchJson: FetchJson = async (url) => {
  const timeout = typeof AbortSignal !== 'undefined' && 'timeout' in AbortSignal ? AbortSignal.timeout(10_000) : undefined;
  const res = await fetch(url, { credentials: 'omit', ...(timeout ? { signal: timeout } : {}) });
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return res.json();
};
