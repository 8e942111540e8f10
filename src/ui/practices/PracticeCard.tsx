import type { Practice } from '../../config/schema';
import type { Locale, Treatment } from '../../engine/types';
import { KM_PER_MILE } from '../../match/distance';
import { LINK_OUT, telHref, withUtm } from '../../match/links';
import { sameName } from '../../match/locations';
import { offersOf, type RankedPractice } from '../../match/rank-practices';
import { usePartWords } from '../words';
import { fill, useWords } from '../strings';
import type { CardAction } from './actions';

export type { CardAction };

export interface PracticeCardProps {
  /** The practice, the location to show (nearest first) and its distance. */
  readonly entry: RankedPractice;
  /** Say "Serves your area" (only once the visitor said where they are). */
  readonly servesArea?: boolean | undefined;
  readonly overall: Treatment;
  readonly campaign?: string | undefined;
  readonly onAction: (practice: Practice, action: CardAction) => void;
  /** A site's only practice: "Featured" would say nothing. */
  readonly only?: boolean;
}

/** "3.2 mi", "45 mi", "1,800 mi": US number style in both languages (es-US, as readers expect). */
export function formatMiles(km: number, locale: Locale): string {
  const miles = km / KM_PER_MILE;
  const digits = miles < 10 ? { maximumFractionDigits: 1 } : miles < 100 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 2 };
  return new Intl.NumberFormat(`${locale}-US`, { style: 'unit', unit: 'mile', ...digits }).format(miles);
}

/** "Uptown, 12 Main St, Albuquerque, NM": a location's name (unless it is just the city), address, city. */
export function placeText(entry: RankedPractice): string {
  const l = entry.location;
  if (!l) return '';
  const city = [l.city, l.state].filter(Boolean).join(', ');
  return [l.name && !(l.city && sameName(l.name, l.city)) ? l.name : '', l.address, city].filter(Boolean).join(', ');
}

/** One practice at one of its locations: where, how far, what it offers, and links out (UTM-tagged, new tab, noopener, origin-only referrer). */
export function PracticeCard({ entry, servesArea, overall, campaign, onAction, only }: PracticeCardProps) {
  const p = entry.practice;
  const at = entry.location;
  const s = usePartWords('practices');
  // The locale only formats distances (Intl); the words come from usePartWords.
  const { locale, medical } = useWords();
  const utm = { content: overall, ...(campaign ? { campaign } : {}) };
  const website = withUtm(p.url, utm);
  // The location's own number and booking page, when it has them.
  const phone = at?.phone ?? p.phone;
  const bookingUrl = at?.bookingUrl ?? p.bookingUrl;
  const book = bookingUrl ? withUtm(bookingUrl, utm) : undefined;
  const tel = telHref(phone);
  const place = placeText(entry);
  const distance = entry.distanceKm === undefined ? '' : formatMiles(entry.distanceKm, locale);
  const offers = offersOf(p).map((o) => medical.treatments[o].name).join(' · ');
  // One filled action per card, first: Book where the practice takes bookings online, else Call.
  const primary: CardAction = book ? 'book' : tel ? 'call' : 'website';
  const kind = (action: CardAction) => `button ${action === primary ? 'primary' : 'secondary'} tq-link`;
  const outLink = (href: string, action: CardAction, label: string) => (
    <a class={kind(action)} href={href} {...LINK_OUT} onClick={() => onAction(p, action)}>
      {label}
      <span class="sr-only">
        {' '}
        {p.name} {s.newTab}
      </span>
    </a>
  );
  return (
    <li class="tq-practice">
      <h4 class="tq-practice-name">
        {p.name}
        {p.featured && !only ? <span class="tq-badge">{s.featured}</span> : null}
      </h4>
      {place || distance ? <p class="meta">{[place, distance].filter(Boolean).join(' · ')}</p> : null}
      {servesArea ? <p class="meta">{s.servesArea}</p> : null}
      <p>{fill(s.offers, { list: offers })}</p>
      <div class="tq-actions">
        {book ? outLink(book, 'book', s.book) : null}
        {tel ? (
          <a class={kind('call')} href={tel} onClick={() => onAction(p, 'call')}>
            {s.call} <span class="tq-nowrap">{phone}</span>
            <span class="sr-only"> ({p.name})</span>
          </a>
        ) : null}
        {website ? outLink(website, 'website', s.website) : null}
      </div>
    </li>
  );
}
