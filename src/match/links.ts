import type { Treatment } from '../engine/types';
import { parseHttpUrl } from '../guard/http-url';

/** The address if it is an absolute http(s) URL, else undefined (refuses javascript:, data:, …). */
export const safeHttpUrl = (value: unknown): URL | undefined => (typeof value === 'string' ? parseHttpUrl(value.trim()) : undefined);

/**
 * The attributes of every link out of the widget: a new tab that cannot reach back into the page
 * (noopener), and only the site's origin as the referrer whatever the page's own policy says:
 * the page's address may carry the visitor's email, an ad click id or a session.
 */
export const LINK_OUT = { target: '_blank', rel: 'noopener', referrerpolicy: 'strict-origin-when-cross-origin' } as const;

/** A `tel:` link built only from the number's digits (and a leading +), never from raw text. */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`;
}

export interface UtmOptions {
  /** `utm_campaign`; the owner's `utmCampaign`, default "quiz". */
  readonly campaign?: string;
  /** `utm_content`: the overall recommendation. */
  readonly content: Treatment;
}

/**
 * An outbound link with our UTM parameters, keeping the practice's own query and #hash.
 * Returns undefined for anything but http(s), so a bad address never becomes a link.
 */
export function withUtm(url: string, options: UtmOptions): string | undefined {
  const u = safeHttpUrl(url);
  if (!u) return undefined;
  u.searchParams.set('utm_source', 'treatment-quiz');
  u.searchParams.set('utm_medium', 'widget');
  u.searchParams.set('utm_campaign', options.campaign ?? 'quiz');
  u.searchParams.set('utm_content', options.content);
  return u.href;
}
