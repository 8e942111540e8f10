import type { ShareNetwork } from '../../config/schema';
import { safeHttpUrl } from '../../match/links';

// Sharing carries the result TYPE only (in the text), never the visitor's answers. The link
// opens the quiz on its comparison page: ?tq=compare (a query survives share crawlers that drop
// #fragments); #treatment-quiz=compare is accepted too.

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

/** The address to share: the owner's `share.url` or this page, without its #hash, opening the comparison. */
export function shareTarget(pageUrl: string): string | undefined {
  const u = safeHttpUrl(pageUrl);
  if (!u) return undefined;
  u.hash = '';
  u.searchParams.set(SHARE_PARAM, 'compare');
  return u.href;
}

const enc = encodeURIComponent;

/** Plain share links (no third-party scripts): each network's documented share endpoint. */
export function shareHref(network: ShareNetwork, url: string, text: string): string {
  switch (network) {
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`;
    case 'x':
      return `https://x.com/intent/post?text=${enc(text)}&url=${enc(url)}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`;
    case 'pinterest':
      return `https://www.pinterest.com/pin/create/button/?url=${enc(url)}&description=${enc(text)}`;
    default: {
      const never: never = network;
      return never;
    }
  }
}
