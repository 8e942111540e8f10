import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Practice } from '../../config/schema';
import type { ResolvedConfig } from '../../config/validate';
import type { LatLng } from '../../match/distance';
import { createFinder, type Found, type PracticeSources } from '../../match/find-practices';
import { LINK_OUT, withUtm } from '../../match/links';
import { KM_PER_MILE } from '../../match/distance';
import { locationsOf } from '../../match/locations';
import type { RankedPractice, VisitorPlace } from '../../match/rank-practices';
import type { FetchJson } from '../../match/zip-centroids';
import type { ResultSlotProps } from '../slots';
import { fill, useWords } from '../strings';
import { absoluteUrl, defaultZipsUrl, fetchJson } from './fetch-json';
import { useAdoptedSheet } from '../theme/adopt';
import { LocationForm } from './LocationForm';
import css from './styles/practices.css?inline';
import { formatMiles, PracticeCard, placeText, type CardAction } from './PracticeCard';
import { usePartWords } from '../words';

/** Enough to choose from on a phone screen; the directory link covers the rest. */
export const MAX_SHOWN = 5;

/** Where this page's practices come from, with every address made absolute. */
export function sourcesOf(config: ResolvedConfig, zipsBeside = defaultZipsUrl()): PracticeSources {
  const zips = absoluteUrl(config.zipsUrl) ?? zipsBeside;
  const practicesUrl = absoluteUrl(config.practicesUrl);
  const indexUrl = absoluteUrl(config.directory?.indexUrl);
  return {
    practices: config.practices,
    ...(practicesUrl ? { practicesUrl } : {}),
    ...(indexUrl ? { directoryIndexUrl: indexUrl } : {}),
    ...(zips ? { zipsUrl: zips } : {}),
    ...(config.matchRadiusMiles ? { radiusMiles: config.matchRadiusMiles } : {}),
  };
}

interface View {
  readonly busy: boolean;
  readonly found?: Found;
  /** "near 87101" / "near you" / "in Santa Fe, NM" once the visitor said where they are. */
  readonly near?: string;
  /** "87101" / "you": what "within 100 mi of …" measures from. */
  readonly from?: string;
  readonly zip?: string;
}

export interface PracticesProps extends ResultSlotProps {
  /** For tests: how JSON is fetched. */
  readonly fetchJson?: FetchJson;
}

/** Matched practices on the result page: ZIP or location in, ranked practice cards out. */
export function Practices({ recommendation, config, emit, fetchJson: fetcher = fetchJson }: PracticesProps) {
  const s = usePartWords('practices');
  // The locale only formats distances (Intl).
  const { locale } = useWords();
  const id = useId();
  // Ranking, links and counts follow the interest only: nothing that goes out may differ
  // because of a health answer (the words on this page may).
  const overall = recommendation.interest.overall;
  const finder = useMemo(() => createFinder(sourcesOf(config), fetcher), [config, fetcher]);
  const [view, setView] = useState<View>({ busy: false });
  const latest = useRef(0);
  // Its CSS comes with this file (loaded on demand), not in the widget's first download.
  const root = useRef<HTMLElement>(null);
  useAdoptedSheet(root, css);

  const search = (place: VisitorPlace, near?: string, from?: string) => {
    const zip = place.zip;
    const ticket = ++latest.current;
    // Only a visitor's own search says "Looking…"; the first list loads silently.
    setView((v) => ({ ...v, busy: !!near }));
    finder
      .find(overall, place)
      .then((found) => ticket === latest.current && setView({ busy: false, found, ...(near ? { near, from } : {}), ...(zip ? { zip } : {}) }))
      .catch(() => ticket === latest.current && setView({ busy: false }));
  };
  useEffect(() => search({}), [finder, overall]);

  const hasSources = config.practices.length > 0 || !!config.practicesUrl || !!config.directory;
  // One med spa (the common case): its card straight under the verdict, no ZIP to ask for.
  // One practice: its card at once, no search. With several locations the visitor can still
  // give a ZIP, a city or their location, and the card moves to the nearest one.
  const only = config.practices.length === 1 && !config.practicesUrl && !config.directory ? config.practices[0] : undefined;
  const single = !!only;
  const askWhere = !only || locationsOf(only).length > 1;
  const onAction = (p: Practice, action: CardAction) => emit('practice-click', { practiceId: p.id, action });
  const card = (entry: RankedPractice, servesArea?: boolean) => (
    <PracticeCard key={entry.practice.id} entry={entry} servesArea={servesArea} overall={overall} campaign={config.utmCampaign} onAction={onAction} only={single} />
  );
  const found = view.found;
  const nearest = found?.nearest;
  // "in Taos, NM": the town says it best; else the location's name or address, else its ZIP.
  const at = nearest?.location;
  const nearestIn = nearest ? [at?.city, at?.state].filter(Boolean).join(', ') || placeText(nearest) || at?.zip || '' : '';
  const shown = found?.ranked.slice(0, MAX_SHOWN) ?? [];
  // Nothing matched: one card, the nearest practice (or the featured one), under the message.
  const alone = nearest ?? found?.fallback;
  const directory = config.directoryUrl ? withUtm(config.directoryUrl, { content: overall, ...(config.utmCampaign ? { campaign: config.utmCampaign } : {}) }) : undefined;
  const failed = found?.notices.includes('directoryFailed');
  const status = view.busy
    ? s.loading
    : view.near && found && !failed
      ? found.ranked.length
        ? fill(found.ranked.length === 1 ? s.foundOne : s.found, { count: found.ranked.length, near: view.near })
        : nearest?.distanceKm !== undefined
          ? fill(nearestIn ? s.noMatchNearestIn : s.noMatchNearest, {
              radius: formatMiles((config.matchRadiusMiles ?? 100) * KM_PER_MILE, locale),
              where: view.from ?? '',
              name: nearest.practice.name,
              place: nearestIn,
              distance: formatMiles(nearest.distanceKm, locale),
            })
          : fill(s.noMatch, { near: view.near })
      : '';

  const directoryLink = directory ? (
    <p>
      <a class="button secondary tq-link" href={directory} {...LINK_OUT} onClick={() => emit('practice-click', { practiceId: 'directory', action: 'directory' })}>
        {s.searchDirectory}
        <span class="sr-only"> {s.newTab}</span>
      </a>
    </p>
  ) : null;
  // No practices configured: a ZIP box that can never find anything would only disappoint.
  if (!hasSources)
    return (
      directoryLink && (
        <section class="tq-practices" ref={root}>
          {directoryLink}
        </section>
      )
    );

  const where = askWhere && (
    <LocationForm
      onPlace={(place, label) => search(place, fill('zip' in place ? s.nearZip : s.nearCity, { zip: label, city: label }), label)}
      onPoint={(point: LatLng) => search({ point }, s.nearYou, s.ofYou)}
      quiet={single}
    />
  );
  return (
    <section class="tq-practices" ref={root} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{single ? s.headingOne : s.heading}</h3>
      {single ? null : <p>{recommendation.overall === 'consult-first' ? s.consultFirst : s.intro}</p>}
      {!single && where}
      <p class="tq-status" role="status" aria-live="polite">
        {status}
      </p>
      {found?.notices
        .filter((n) => n !== 'zipUnknown' || view.zip)
        .map((n) => (
          <p key={n} class="tq-notice">
            {n === 'zipUnknown' ? fill(s.zipUnknown, { zip: view.zip ?? '' }) : s[n]}
          </p>
        ))}
      {shown.length ? <ul class="tq-practice-list">{shown.map((r) => card(r, view.near ? r.servesArea : false))}</ul> : null}
      {!shown.length && alone ? <ul class="tq-practice-list">{card(alone)}</ul> : null}
      {!shown.length || found?.ranked.length !== shown.length || failed ? directoryLink : null}
      {/* One practice with several locations: its card first, then "which location is nearest?". */}
      {single && where}
    </section>
  );
}
