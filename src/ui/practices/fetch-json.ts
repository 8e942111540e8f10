import type { FetchJson } from '../../match/zip-centroids';

// document.currentScript is set only while the widget's own <script> runs, so it is read once
// at load; the ZIP table (dist/zips/) sits next to the script on whatever host serves it.
const current = typeof document !== 'undefined' ? document.currentScript : null;
const loadedFrom = current instanceof HTMLScriptElement && current.src ? current.src : undefined;

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
