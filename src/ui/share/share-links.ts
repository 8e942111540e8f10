import type { ShareNetwork } from '../../config/schema';
import { safeHttpUrl } from '../../match/links';
import { SHARE_PARAM } from './shared-view';

// Sharing carries the result TYPE only (in the text), never the visitor's answers. The link
// opens the quiz on its comparison page: ?tq=compare (a query survives share crawlers that drop
// #fragments); #treatment-quiz=compare is accepted too.

export { SHARE_HASH, SHARE_PARAM, sharedView, type SharedView } from './shared-view';

/**
 * The address to share, opening the comparison: the owner's `share.url` (its query kept: the
 * owner chose it), else this page without its query string. Never a #hash.
 */
export function shareTarget(ownerUrl: string | undefined, pageUrl: string): string | undefined {
  const u = safeHttpUrl(ownerUrl ?? pageUrl);
  if (!u) return undefined;
  // The page's query may carry the visitor's email, an ad click id (gclid) or a session: a
  // shared link would hand them to everyone who sees the post.
  if (ownerUrl === undefined) u.search = '';
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
