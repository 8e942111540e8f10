import * as v from 'valibot';
import { parseHttpUrl } from '../guard/http-url';
import { own } from '../guard/own';
import { PHONE } from '../guard/phone';

// The practice model: what a practice (and each of its locations) is, checked with the same
// messages site owners read in config errors. It belongs to matching; the config composes it.

/** Absolute http(s) address. `javascript:`, `data:` and friends are refused. */
export const httpUrl = v.pipe(
  v.string('must be text: an http(s) web address'),
  v.maxLength(2048, 'must be a web address under 2048 characters'),
  v.check((s) => !!parseHttpUrl(s), 'must be a full web address starting with https:// or http://'),
);

/**
 * A strict object whose entries have no prototype: valibot walks them with for-in, which would
 * also visit a key the host page added to Object.prototype and fail on it (see own.ts).
 */
export const strict = <E extends v.ObjectEntries, M extends v.ErrorMessage<v.StrictObjectIssue> | undefined>(entries: E, message: M) => v.strictObject(own<E>(entries), message);

export const text = (max: number) =>
  v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

export const phone = v.pipe(v.string('must be text'), v.regex(PHONE, 'must be a phone number such as (505) 317-2563'));

/** Where a practice (or one of its locations) is: any of these, all optional. */
const placeEntries = {
  address: v.optional(text(300)),
  city: v.optional(text(100)),
  state: v.optional(v.pipe(v.string('must be text'), v.regex(/^[A-Za-z]{2}$/, 'must be a two-letter state code such as "NM"'))),
  zip: v.optional(v.pipe(v.string('must be text (in quotes)'), v.regex(/^\d{5}$/, 'must be a five-digit ZIP code such as "87101"'))),
  lat: v.optional(v.pipe(v.number('must be a number'), v.minValue(-90, 'must be a latitude from -90 to 90'), v.maxValue(90, 'must be a latitude from -90 to 90'))),
  lng: v.optional(
    v.pipe(v.number('must be a number'), v.minValue(-180, 'must be a longitude from -180 to 180'), v.maxValue(180, 'must be a longitude from -180 to 180')),
  ),
};

/**
 * One of a practice's locations. It is found by its coordinates, else its ZIP's centroid, else
 * (city only) by visitors who search for that city; its phone and bookingUrl default to the practice's.
 */
export const locationSchema = v.pipe(
  strict(
    { name: v.optional(text(100)), ...placeEntries, phone: v.optional(phone), bookingUrl: v.optional(httpUrl) },
    'must be a location object like { "city": "Santa Fe", "state": "NM", "zip": "87501" }',
  ),
  v.check((l) => (l.lat === undefined) === (l.lng === undefined), 'needs lat and lng together: give both or neither'),
  v.check((l) => !!(l.zip || l.city || l.lat !== undefined), 'needs a zip, a city, or lat and lng, so visitors can find it'),
);

export const practiceSchema = strict(
  {
    id: v.pipe(text(100), v.regex(/^[\w.-]+$/, 'must use only letters, digits, "-", "_" or "."')),
    name: text(200),
    url: httpUrl,
    phone,
    ...placeEntries,
    locations: v.optional(
      v.pipe(v.array(locationSchema, 'must be a list of locations'), v.minLength(1, 'must list at least one location'), v.maxLength(100, 'must list at most 100 locations')),
    ),
    serviceArea: v.optional(
      strict(
        {
          zipPrefixes: v.optional(v.array(v.pipe(v.string('must be text'), v.regex(/^\d{1,5}$/, 'must be 1 to 5 digits such as "871"')))),
          cities: v.optional(v.array(text(100))),
        },
        'must be an object like { "zipPrefixes": ["871"], "cities": ["Albuquerque"] }',
      ),
    ),
    offers: v.optional(v.array(v.picklist(['neuromodulator', 'filler'], 'must be "neuromodulator" or "filler"'), 'must be a list')),
    featured: v.optional(v.boolean('must be true or false')),
    bookingUrl: v.optional(httpUrl),
  },
  'must be a practice object with id, name, url and phone',
);

export type Practice = v.InferOutput<typeof practiceSchema>;
export type PracticeLocation = v.InferOutput<typeof locationSchema>;
