// The one http(s) address check, for every address the widget fetches, links to or posts to:
// the owner's settings, a practice's links, a config address at run time. `javascript:`,
// `data:`, `blob:` and friends are refused everywhere by this same test.

/** `value` as a URL when it is an http(s) address (resolved against `base` when given), else undefined. */
export function parseHttpUrl(value: string, base?: string): URL | undefined {
  try {
    const u = new URL(value, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
  } catch {
    return undefined;
  }
}
