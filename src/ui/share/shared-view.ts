// What a shared link asks the widget to open. Kept apart from share-links.ts: the first screen
// needs this check, the share buttons (loaded with the result) need the rest.

export const SHARE_PARAM = 'tq';
export const SHARE_HASH = 'treatment-quiz';
export type SharedView = 'compare';

/** What a shared link asks the widget to open, from the page's location; undefined if nothing. */
export function sharedView(location: { readonly search?: string; readonly hash?: string }): SharedView | undefined {
  try {
    if (new URLSearchParams(location.search ?? '').get(SHARE_PARAM) === 'compare') return 'compare';
    if (new URLSearchParams((location.hash ?? '').replace(/^#/, '')).get(SHARE_HASH) === 'compare') return 'compare';
  } catch {
    // a malformed location opens the quiz normally
  }
  return undefined;
}
