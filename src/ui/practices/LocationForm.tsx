import { useId, useRef, useState } from 'preact/hooks';
import type { LatLng } from '../../match/distance';
import { isZip } from '../../match/zip-centroids';
import { usePartWords } from '../words';

/** What the visitor typed: a ZIP code, or a city with an optional state ("Santa Fe, NM"). */
export type TypedPlace = { readonly zip: string } | { readonly city: string; readonly state?: string };

export interface LocationFormProps {
  readonly onPlace: (place: TypedPlace, label: string) => void;
  readonly onPoint: (point: LatLng) => void;
  /** Below a practice's card its call to action is the one filled button: search is secondary there. */
  readonly quiet?: boolean;
}

/** A ZIP (ZIP+4 is fine: the first five digits are the ZIP) or a city name; undefined otherwise. */
export function parsePlace(text: string): TypedPlace | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  const zip = /^(\d{5})(?:-?\d{4})?$/.exec(t)?.[1];
  if (zip) return isZip(zip) ? { zip } : undefined;
  // Letters, spaces and . ' - (St. Louis, Coeur d'Alene, Winston-Salem); a state after a comma.
  const m = /^(\p{L}[\p{L} .'-]*\p{L}\.?)(?:, ?(\p{L}{2}))?$/u.exec(t);
  return m ? { city: m[1]!, ...(m[2] ? { state: m[2].toUpperCase() } : {}) } : undefined;
}

type GeoState = 'idle' | 'locating' | 'denied' | 'failed';

const canLocate = () => typeof navigator !== 'undefined' && !!navigator.geolocation;

/** ZIP code or city entry plus "Use my location"; the browser is asked for a location only on that click. */
export function LocationForm({ onPlace, onPoint, quiet = false }: LocationFormProps) {
  const s = usePartWords('practices');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [geo, setGeo] = useState<GeoState>('idle');

  const submit = (e: Event) => {
    e.preventDefault();
    const place = parsePlace(text);
    if (!place) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    setInvalid(false);
    onPlace(place, 'zip' in place ? place.zip : place.state ? `${place.city}, ${place.state}` : place.city);
  };

  const locate = () => {
    // Not `disabled` while locating: disabling the focused button would drop keyboard focus.
    if (geo === 'locating') return;
    setGeo('locating');
    try {
      navigator.geolocation.getCurrentPosition(
        (pos) => {
          setGeo('idle');
          onPoint({ lat: pos.coords.latitude, lng: pos.coords.longitude });
        },
        (err) => setGeo(err.code === 1 ? 'denied' : 'failed'),
        { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
      );
    } catch {
      setGeo('failed');
    }
  };

  const geoText = geo === 'locating' ? s.locating : geo === 'denied' ? s.locationDenied : geo === 'failed' ? s.locationFailed : '';
  return (
    <form class="tq-locate" onSubmit={submit} noValidate>
      <label class="tq-locate-label" for={`${id}-zip`}>
        {s.zipLabel}
      </label>
      <span class="hint" id={`${id}-hint`}>
        {s.zipHint}
      </span>
      <div class="tq-locate-row">
        <input
          ref={input}
          id={`${id}-zip`}
          class="tq-zip"
          name="zip"
          type="text"
          autoComplete="postal-code"
          maxLength={60}
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-hint ${id}-err` : `${id}-hint`}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        <button class={quiet ? 'button secondary' : 'button primary'} type="submit">
          {s.find}
        </button>
      </div>
      {invalid ? (
        <p class="tq-error" id={`${id}-err`}>
          {s.zipInvalid}
        </p>
      ) : null}
      {canLocate() ? (
        <button class="button secondary" type="button" onClick={locate} aria-busy={geo === 'locating'}>
          {s.useLocation}
        </button>
      ) : null}
      <p class="tq-notice" role="status">
        {geoText}
      </p>
    </form>
  );
}
