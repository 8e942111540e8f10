import { useId, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../engine/types';
import type { LatLng } from '../../match/distance';
import { isZip } from '../../match/zip-centroids';
import { practiceStrings } from './strings';

export interface LocationFormProps {
  readonly locale: Locale;
  readonly onZip: (zip: string) => void;
  readonly onPoint: (point: LatLng) => void;
}

type GeoState = 'idle' | 'locating' | 'denied' | 'failed';

const canLocate = () => typeof navigator !== 'undefined' && !!navigator.geolocation;

/** ZIP entry plus "Use my location"; the browser is asked for a location only on that click. */
export function LocationForm({ locale, onZip, onPoint }: LocationFormProps) {
  const s = practiceStrings[locale];
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [zip, setZip] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [geo, setGeo] = useState<GeoState>('idle');

  const submit = (e: Event) => {
    e.preventDefault();
    // ZIP+4 ("87101-1234") is fine: the first five digits are the ZIP.
    const value = /^(\d{5})(?:-?\d{4})?$/.exec(zip.trim())?.[1];
    if (!value || !isZip(value)) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    setInvalid(false);
    onZip(value);
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
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={10}
          value={zip}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-hint ${id}-err` : `${id}-hint`}
          onInput={(e) => setZip((e.currentTarget as HTMLInputElement).value)}
        />
        <button class="button primary" type="submit">
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
