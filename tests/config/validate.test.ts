import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate';
import { defaultRules } from '../../src/engine/default-rules';
import { recommend } from '../../src/recommend';

const flawless = {
  id: 'flawless-abq',
  name: 'Flawless Med Spa',
  url: 'https://www.stayflawless.com',
  phone: '(505) 317-2563',
  city: 'Albuquerque',
  state: 'NM',
  offers: ['neuromodulator', 'filler'],
};
const other = { id: 'other', name: 'Other Spa', url: 'https://other.example', phone: '505-555-0100' };

const errorsOf = (input: unknown) => validateConfig(input).errors;

describe('validateConfig', () => {
  it('accepts a complete, correct config without a word', () => {
    const input = {
      $schema: './node_modules/treatment-quiz/schema/config.schema.json',
      locale: 'es',
      practices: [{ ...flawless, address: '123 Main St', zip: '87110', lat: 35.08, lng: -106.6, featured: true, bookingUrl: 'https://www.stayflawless.com/book', serviceArea: { zipPrefixes: ['871'], cities: ['Rio Rancho'] } }],
      theme: { accent: '#1d6f5f', radius: 8, scheme: 'auto', font: 'Georgia, serif' },
      copy: { es: { start: 'Empezar', practices: { book: 'Pida cita' }, launcher: { open: '¿Botox o relleno?' } }, en: { leads: { title: 'Get your result by email' }, share: { share: 'Tell a friend' } } },
    };
    const { config, errors } = validateConfig(input);
    expect(errors).toEqual([]);
    expect(config.locale).toBe('es');
    expect(config.practices).toHaveLength(1);
    expect(config.rules).toBe(defaultRules);
    expect(config.copy).toEqual(input.copy);
  });

  it('gives the defaults for no config', () => {
    expect(validateConfig(undefined)).toEqual({ config: { rules: defaultRules, practices: [] }, errors: [] });
    expect(validateConfig(null).errors).toEqual([]);
  });

  it.each([
    [[], '(config)', 'must be a JSON object of settings (got a list)'],
    ['es', '(config)', 'must be a JSON object of settings (got "es")'],
    [{ locale: 'fr' }, 'locale', 'must be one of "en", "es" (the quiz language) (got "fr")'],
    [{ locle: 'es' }, 'locle', 'is not a known setting; check the spelling (got "locle")'],
    [{ theme: { accent: 'green' } }, 'theme.accent', 'must be a hex colour such as "#1d6f5f" (got "green")'],
    [{ theme: { radius: 99 } }, 'theme.radius', 'must be at most 40 (got 99)'],
    [{ theme: { colour: '#fff' } }, 'theme.colour', 'is not a known setting; check the spelling (got "colour")'],
    [{ practices: {} }, 'practices', 'must be a list of practices (got an object)'],
    [{ practices: [{ ...flawless, phone: 'call us' }] }, 'practices[0].phone', 'must be a phone number such as (505) 317-2563 (got "call us")'],
    [{ practices: [{ ...flawless, zip: 87110 }] }, 'practices[0].zip', 'must be text (in quotes) (got 87110)'],
    [{ practices: [{ ...flawless, lat: 91 }] }, 'practices[0].lat', 'must be a latitude from -90 to 90 (got 91)'],
    [{ practices: [{ ...flawless, website: 'x' }] }, 'practices[0].website', 'is not a known setting; check the spelling (got "website")'],
    [{ practices: [{ ...flawless, offers: ['laser'] }] }, 'practices[0].offers[0]', 'must be "neuromodulator" or "filler" (got "laser")'],
    [{ practices: [{ ...flawless, serviceArea: { zipPrefixes: ['87a'] } }] }, 'practices[0].serviceArea.zipPrefixes[0]', 'must be 1 to 5 digits such as "871" (got "87a")'],
    [{ practices: [{ id: 'x' }] }, 'practices[0].name', '(got nothing)'],
    [{ copy: { en: { introTitel: 'Hi' } } }, 'copy.en.introTitel', 'is not a wording key; check the spelling. Allowed: introTitle, '],
    [{ copy: { en: { practice: { book: 'Go' } } } }, 'copy.en.practice', 'is not a wording key; check the spelling. Allowed: practices, '],
    [{ copy: { es: { launcher: { opn: 'Abrir' } } } }, 'copy.es.launcher.opn', 'is not a wording key; check the spelling. Allowed: open, close (got "opn")'],
    [{ copy: { es: { share: { shar: 'x' } } } }, 'copy.es.share.shar', 'Allowed: share, '],
    [{ copy: { en: { practices: { bookButton: 'x' } } } }, 'copy.en.practices.bookButton', 'Allowed: book, '],
    [{ copy: { en: { leads: 'x' } } }, 'copy.en.leads', 'must be an object of leads wording keys to text, like { "title": "…" } (got "x")'],
    [{ copy: { fr: {} } }, 'copy.fr', 'is not a known setting; check the spelling (got "fr")'],
    [{ utmCampaign: 'spring sale' }, 'utmCampaign', 'must use only letters, digits, "-", "_" or "." (got "spring sale")'],
  ])('reports %j at its exact path with what it got', (input, path, message) => {
    const errors = errorsOf(input);
    expect(errors[0]?.path).toBe(path);
    expect(errors[0]?.message).toContain(message);
  });

  it('says what it got in every error, cut short for long values', () => {
    const long = 'x'.repeat(500);
    const errors = errorsOf({ locale: long, theme: { accent: 1, font: null }, practices: [{ ...flawless, url: long }], copy: { en: { nope: 'x', practices: { nope: 'x' } } } });
    expect(errors.length).toBeGreaterThanOrEqual(5);
    for (const e of errors) {
      expect(e.message).toMatch(/\(got .+\)$/);
      expect(e.message.length).toBeLessThan(260);
    }
  });

  it.each(['javascript:alert(1)', ' javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'ftp://x.example', '//evil.example', 'www.stayflawless.com'])(
    'refuses %j as a practice web address',
    (url) => {
      const { config, errors } = validateConfig({ practices: [{ ...flawless, url }, { ...other, bookingUrl: url }] });
      expect(errors.map((e) => e.path)).toEqual(['practices[0].url', 'practices[1].bookingUrl']);
      for (const e of errors) expect(e.message).toMatch(/^must be a full web address starting with https:\/\/ or http:\/\/ \(got /);
      expect(config.practices).toEqual([]);
    },
  );

  it('accepts a page-relative practices file but refuses script addresses for it', () => {
    expect(errorsOf({ practicesUrl: '/quiz/practices.json' })).toEqual([]);
    expect(errorsOf({ practicesUrl: 'javascript:alert(1)' })[0]?.path).toBe('practicesUrl');
    expect(errorsOf({ directoryUrl: '/relative' })[0]?.path).toBe('directoryUrl');
  });

  it('drops a bad practice and keeps the others', () => {
    const { config, errors } = validateConfig({ locale: 'es', practices: [other, { ...flawless, url: 'javascript:x' }, { ...other, id: 'third' }] });
    expect(errors.map((e) => e.path)).toEqual(['practices[1].url']);
    expect(config.practices.map((p) => p.id)).toEqual(['other', 'third']);
    expect(config.locale).toBe('es');
  });

  it('accepts practice locations and points at a location that cannot be found', () => {
    const sf = { name: 'Santa Fe', city: 'Santa Fe', state: 'NM', zip: '87505', phone: '(505) 555-0111', bookingUrl: 'https://www.stayflawless.com/sf' };
    const good = validateConfig({ practices: [{ ...flawless, locations: [sf, { zip: '87124' }, { city: 'Española' }, { lat: 35.1, lng: -106.6 }] }] });
    expect(good.errors).toEqual([]);
    expect(good.config.practices[0]?.locations).toHaveLength(4);
    const bad = validateConfig({ practices: [{ ...flawless, locations: [sf, { name: 'Nowhere' }] }, { ...other, locations: [{ lat: 35.1 }] }, { ...other, id: 'o3', locations: [{ ...sf, bookingUrl: 'javascript:x' }] }] });
    expect(bad.errors).toEqual([
      { path: 'practices[0].locations[1]', message: expect.stringMatching(/^needs a zip, a city, or lat and lng, so visitors can find it/) },
      { path: 'practices[1].locations[0]', message: expect.stringMatching(/^needs lat and lng together/) },
      { path: 'practices[2].locations[0].bookingUrl', message: expect.stringContaining('(got "javascript:x")') },
    ]);
    expect(bad.config.practices).toEqual([]);
  });

  it('keeps the first of two practices with the same id and points at the second', () => {
    const { config, errors } = validateConfig({ practices: [flawless, { ...other, url: 'data:x' }, other, { ...other, name: 'Twin' }] });
    expect(errors).toEqual([
      { path: 'practices[1].url', message: expect.stringContaining('(got "data:x")') },
      { path: 'practices[3].id', message: 'is already the id of practices[2]; ids must be unique (got "other")' },
    ]);
    expect(config.practices.map((p) => p.name)).toEqual(['Flawless Med Spa', 'Other Spa']);
  });

  it('keeps every good setting when one is bad', () => {
    const { config, errors } = validateConfig({ locale: 'es', theme: { accent: 'red', radius: 4 }, utmCampaign: 'quiz' });
    expect(errors.map((e) => e.path)).toEqual(['theme.accent']);
    expect(config).toMatchObject({ locale: 'es', theme: { radius: 4 }, utmCampaign: 'quiz' });
  });

  it('keeps the other settings and the good items when a list item is bad', () => {
    const { config, errors } = validateConfig({ locale: 'es', share: { networks: ['facebook', 'myspace', 'x', 'orkut'] } });
    expect(errors.map((e) => e.path)).toEqual(['share.networks[1]', 'share.networks[3]']);
    expect(config).toMatchObject({ locale: 'es', share: { networks: ['facebook', 'x'] } });
  });

  describe('leads', () => {
    const leads = { endpoint: '/api/quiz-leads', privacyUrl: '/privacy' };

    it('turns the lead form on with an endpoint and a privacy page', () => {
      expect(validateConfig({ leads }).config.leads).toEqual(leads);
    });

    it.each([
      ['empty', { ...leads, privacyUrl: '' }, /^must not be empty/],
      ['only spaces', { ...leads, privacyUrl: '   ' }, /^must be a web address/],
      ['a script address', { ...leads, privacyUrl: 'javascript:alert(1)' }, /^must be a web address/],
      ['missing', { endpoint: leads.endpoint }, /\(got nothing\)$/],
    ])('names leads.privacyUrl when it is %s, keeps leads off and every other setting on', (_, given, message) => {
      const { config, errors } = validateConfig({ locale: 'es', utmCampaign: 'spring', leads: given });
      expect(errors).toEqual([{ path: 'leads.privacyUrl', message: expect.stringMatching(message) }]);
      expect(config.leads).toBeUndefined();
      expect(config).toMatchObject({ locale: 'es', utmCampaign: 'spring' });
    });

    it('names leads.endpoint when it is empty, which would post leads to the page itself', () => {
      const { config, errors } = validateConfig({ leads: { ...leads, endpoint: '' } });
      expect(errors.map((e) => e.path)).toEqual(['leads.endpoint']);
      expect(config.leads).toBeUndefined();
    });
  });

  it('reports a font list with an unbalanced quote at theme.font and keeps the other theme values', () => {
    for (const font of ['"Open Sans, serif', "'Open Sans\", serif", "Open Sans', serif", 'Georgia, serif; color: red', 'Georgia}', 'Georgia,']) {
      const { config, errors } = validateConfig({ theme: { accent: '#7d3553', background: '#fdf8f5', radius: 4, font } });
      expect(errors).toEqual([{ path: 'theme.font', message: expect.stringMatching(/^must be a font list such as .*matching quotes.* \(got .+\)$/) }]);
      expect({ ...config.theme }).toEqual({ accent: '#7d3553', background: '#fdf8f5', radius: 4 });
    }
  });

  it('accepts font lists with quoted names', () => {
    for (const font of ['Georgia, serif', "'Open Sans', sans-serif", '"Segoe UI", Roboto, sans-serif', "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"]) {
      expect(validateConfig({ theme: { font } }).errors).toEqual([]);
    }
  });

  it('trims text and reports text that is only spaces', () => {
    const { config } = validateConfig({ practices: [{ ...flawless, name: '  Flawless Med Spa ' }] });
    expect(config.practices[0]?.name).toBe('Flawless Med Spa');
    expect(errorsOf({ practices: [{ ...flawless, name: "   " }] })[0]).toEqual({ path: "practices[0].name", message: "must not be empty (got \"\")" });
  });

  it('treats a "__proto__" key as data, not as a way to smuggle in settings', () => {
    const { config, errors } = validateConfig(JSON.parse('{"__proto__": {"locale": "xx"}, "locale": "es", "practices": [{"id":"a","name":"A","url":"https://a.example","phone":"5053172563"}]}'));
    expect(config.locale).toBe('es');
    expect(config.practices).toHaveLength(1);
    expect(errors.some((e) => e.path === 'locale')).toBe(false);
    // Not swapped for the owner's object: settings objects have no prototype at all (own.ts).
    expect(Object.getPrototypeOf(config)).toBeNull();
  });

  it('does not change the object it is given', () => {
    const input = { locale: 'fr', practices: [flawless, { ...other, url: 'javascript:x' }], rules: { areas: { rules: [] } } };
    const snapshot = JSON.stringify(input);
    validateConfig(input);
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }), (input) => {
        const { config, errors } = validateConfig(input);
        expect(Array.isArray(config.practices)).toBe(true);
        expect(config.rules).toBeDefined();
        for (const e of errors) expect(typeof e.path === 'string' && typeof e.message === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on config-shaped values either', () => {
    const shaped = fc.record(
      {
        locale: fc.oneof(fc.constantFrom('en', 'es'), fc.anything()),
        practices: fc.array(fc.record({ id: fc.string(), name: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()), phone: fc.string(), lat: fc.double() }, { requiredKeys: [] })),
        theme: fc.dictionary(fc.constantFrom('accent', 'radius', 'x'), fc.anything()),
        rules: fc.anything(),
        copy: fc.dictionary(fc.constantFrom('en', 'es'), fc.dictionary(fc.string(), fc.anything())),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(shaped, (input) => void validateConfig(input)), { numRuns: 300 });
  });

  it('does not throw when reading the config throws', () => {
    const hostile = Object.defineProperty({}, 'locale', { enumerable: true, get: () => { throw new Error('boom'); } });
    const { config, errors } = validateConfig(hostile);
    expect(config.rules).toBe(defaultRules);
    expect(errors).toEqual([{ path: '(config)', message: 'could not be read (got an error: boom)' }]);
  });

  it('gives a result the engine can use straight away', () => {
    const { config } = validateConfig({ locale: 'es' });
    expect(recommend({ areas: ['lips'] }, { rules: config.rules, locale: config.locale }).areas[0]?.treatment).toBe('filler');
  });
});
