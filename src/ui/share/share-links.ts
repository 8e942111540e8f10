import type { ShareNetwork } from '../../config/schema';
import { safeHttpUrl } from '../../match/links';
import { SHARE_PARAM } from './shared-view';

// Sharing carries the result TYPE only (in the text), never the visitor's answers. The link
// opens the quiz on its comparison page: ?tq=compare (a query survives share crawlers that drop
// #fragments); #treatment-quiz=compare is accepted too.

export { SHARE_HASH, SHARE_PARAM, sharedView, type SharedView } from './shared-view';

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
