import type { Practice } from '../../config/schema';
import { quizWords } from '../../content/quiz';
import type { Locale, Treatment } from '../../engine/types';
import { KM_PER_MILE } from '../../match/distance';
import { LINK_OUT, telHref, withUtm } from '../../match/links';
import { offersOf } from '../../match/rank-practices';
import { fill } from '../strings';
import { practiceStrings } from './strings';

export type PracticeAction = 'website' | 'call' | 'book';

export interface PracticeCardProps {
  readonly practice: Practice;
  readonly distanceKm?: number | undefined;
  readonly servesArea?: boolean | undefined;
  readonly locale: Locale;
  readonly overall: Treatment;
  readonly campaign?: string | undefined;
  readonly onAction: (practice: Practice, action: PracticeAction) => void;
}

export function formatMiles(km: number, locale: Locale): string {
  const miles = km / KM_PER_MILE;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'mile', maximumFractionDigits: miles < 10 ? 1 : 0 }).format(miles);
}

/** One practice: where it is, what it offers, and links out (UTM-tagged, new tab, noopener, origin-only referrer). */
export function PracticeCard({ practice: p, distanceKm, servesArea, locale, overall, campaign, onAction }: PracticeCardProps) {
  const s = practiceStrings[locale];
  const utm = { content: overall, ...(campaign ? { campaign } : {}) };
  const website = withUtm(p.url, utm);
  const book = p.bookingUrl ? withUtm(p.bookingUrl, utm) : undefined;
  const tel = telHref(p.phone);
  const place = [p.city, p.state].filter(Boolean).join(', ');
  const offers = offersOf(p).map((o) => quizWords[locale].treatments[o].name).join(' · ');
  // One filled action per card, first: Book where the practice takes bookings online, else Call.
  const primary: PracticeAction = book ? 'book' : tel ? 'call' : 'website';
  const kind = (action: PracticeAction) => `button ${action === primary ? 'primary' : 'secondary'} tq-link`;
  const outLink = (href: string, action: PracticeAction, label: string) => (
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
        {p.featured ? <span class="tq-badge">{s.featured}</span> : null}
      </h4>
      {place || distanceKm !== undefined ? (
        <p class="meta">
          {place}
          {place && distanceKm !== undefined ? ' · ' : ''}
          {distanceKm !== undefined ? formatMiles(distanceKm, locale) : ''}
        </p>
      ) : null}
      {servesArea ? <p class="meta">{s.servesArea}</p> : null}
      <p>{fill(s.offers, { list: offers })}</p>
      <div class="tq-actions">
        {book ? outLink(book, 'book', s.book) : null}
        {tel ? (
          <a class={kind('call')} href={tel} onClick={() => onAction(p, 'call')}>
            {s.call} <span class="tq-nowrap">{p.phone}</span>
            <span class="sr-only"> ({p.name})</span>
          </a>
        ) : null}
        {website ? outLink(website, 'website', s.website) : null}
      </div>
    </li>
  );
}
