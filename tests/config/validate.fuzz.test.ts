import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema';
import { pathText, validateConfig, type Validation } from '../../src/config/validate';
import { recommend } from '../../src/recommend';
import { APPEARANCES, AREA_IDS, LOCALES, SAFETY_FLAGS, TREATMENTS, type Answers, type Ruleset } from '../../src/engine/types';
import { verify } from '../../src/engine/verify';

fc.configureGlobal({ includeErrorInReport: true });

// Fuzzes the site owner's config: whatever arrives (wrong types, huge strings, unicode, deep
// nesting, prototype-pollution keys), validation never throws, names a path for every problem,
// keeps every valid part, and hands the widget a config it can run on.

const TOP_KEYS = ['$schema', 'locale', 'rules', 'practices', 'practicesUrl', 'directoryUrl', 'utmCampaign', 'theme', 'copy', 'leads', 'analytics'];
const KNOWN_KEYS = Object.keys(configSchema.entries);
const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', ''];
const NESTED_KEYS = ['areas', 'safety', 'hitPolicy', 'mode', 'rules', 'id', 'name', 'url', 'phone', 'en', 'es', 'accent', 'font', 'radius', 'treatment', 'reason', 'flags', 'appearance'];

const HUGE = 'x'.repeat(200_000);
const HUGE_UNICODE = '𝔘ñí©ødé\u202e\u0000\ud800'.repeat(20_000);

/** Builds an object the way JSON.parse does: "__proto__" becomes an own key, not the prototype. */
function ownObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

const key = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TOP_KEYS, ...NESTED_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_KEYS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }) },
);

const leaf = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...LOCALES, ...AREA_IDS, ...APPEARANCES, ...SAFETY_FLAGS, ...TREATMENTS, 'unique', 'first', 'extend', 'replace'),
  fc.constantFrom('https://example.com/', '/practices.json', 'javascript:alert(1)', ' data:text/html,<script>', '#1d6f5f', '87101', '(505) 317-2563'),
  fc.constantFrom(HUGE, HUGE_UNICODE),
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2),
  fc.bigInt(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

/** Random JSON-ish trees (plus the odd non-JSON value) keyed mostly by real setting names. */
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }).map(ownObject),
  ),
}));

const configLike = fc.array(fc.tuple(key, tree), { maxLength: 8 }).map(ownObject);

const answers: fc.Arbitrary<Answers> = fc.record({
  areas: fc.uniqueArray(fc.constantFrom(...AREA_IDS), { minLength: 1 }),
  appearance: fc.dictionary(fc.constantFrom(...AREA_IDS), fc.constantFrom(...APPEARANCES)),
  safety: fc.subarray([...SAFETY_FLAGS]),
});

/**
 * The ruleset in force decides every cell exactly once. (Under `extend`, default rules the
 * owner's rules shadow are "dead" on purpose, so dead rules are allowed here.)
 */
function decidesEveryCell(rules: Ruleset): boolean {
  let ok = verified.get(rules);
  if (ok === undefined) verified.set(rules, (ok = verify(rules).every((p) => p.kind === 'dead')));
  return ok;
}
// Most fuzzed configs fall back to the same default ruleset: verify it once, not every run.
const verified = new WeakMap<Ruleset, boolean>();

function firstSegment(path: string): string {
  // pathText quotes a key that would read ambiguously: `[""]`, `["a.b"]`.
  const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(path)?.[1];
  return quoted ? (JSON.parse(quoted) as string) : (/^[^.[]*/.exec(path)?.[0] ?? '');
}

/** What every validation result must satisfy, whatever the input. */
function expectUsable(result: Validation, input: unknown, sample: Answers): void {
  for (const e of result.errors) {
    expect(typeof e.path).toBe('string');
    expect(e.path.length).toBeGreaterThan(0);
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.message.length).toBeLessThan(2000);
    expect(`${e.path} ${e.message}`).not.toMatch(/\[object Object\]|\bundefined\b/);
    // The path leads to something the owner actually wrote (or to the config as a whole).
    if (e.path !== '(config)') expect(Object.keys(input as object)).toContain(firstSegment(e.path));
  }
  const { config } = result;
  expect(decidesEveryCell(config.rules)).toBe(true);
  expect(Array.isArray(config.practices)).toBe(true);
  if (config.locale !== undefined) expect(LOCALES).toContain(config.locale);
  for (const k of Object.keys(config)) expect([...TOP_KEYS, ...KNOWN_KEYS]).toContain(k);
  const rec = recommend(sample, { locale: config.locale ?? 'en', rules: config.rules });
  expect(TREATMENTS).toContain(rec.overall);
  expect(rec.areas.map((a) => a.area)).toEqual(sample.areas);
  for (const a of rec.areas) expect(a.reasons.length).toBeGreaterThan(0);
}

afterEach(() => {
  // No run may leave anything on Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe('config fuzzing', () => {
  it('never throws on any value at all and always returns a config the widget can run', () => {
    fc.assert(
      fc.property(fc.oneof(tree, fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withTypedArray: true })), answers, (input, sample) => {
        const result = validateConfig(input);
        if (input !== null && typeof input === 'object' && !Array.isArray(input)) expectUsable(result, input, sample);
        else {
          expect(decidesEveryCell(result.config.rules)).toBe(true);
          expect(result.errors.every((e) => e.path === '(config)')).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on config-shaped objects with wrong types, huge strings, unicode and prototype keys', () => {
    fc.assert(
      fc.property(configLike, answers, (input, sample) => {
        const result = validateConfig(input);
        expectUsable(result, input, sample);
        // Every misspelt or unknown setting is named, not just the first one.
        const unknown = Object.keys(input).filter((k) => !KNOWN_KEYS.includes(k));
        expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(unknown.map((k) => pathText([k]))));
      }),
      { numRuns: 1000 },
    );
  });
});

// A complete, valid config; the mutation properties break one leaf of it at a time.
const VALID = {
  locale: 'es',
  practicesUrl: '/quiz/practices.json',
  directoryUrl: 'https://directory.example.com/shards/',
  utmCampaign: 'spring-quiz',
  theme: { accent: '#1d6f5f', text: '#222222', background: '#ffffff', radius: 8, font: 'Georgia, serif', scheme: 'light' },
  copy: { en: { introTitle: 'Botox or filler?', start: 'Begin' }, es: { start: 'Empezar' } },
  practices: [
    {
      id: 'flawless-abq',
      name: 'Flawless Med Spa',
      url: 'https://stayflawless.com/',
      phone: '(505) 317-2563',
      address: '123 Main St',
      city: 'Albuquerque',
      state: 'NM',
      zip: '87101',
      lat: 35.08,
      lng: -106.65,
      serviceArea: { zipPrefixes: ['871', '875'], cities: ['Rio Rancho', 'Santa Fe'] },
      offers: ['neuromodulator', 'filler'],
      featured: true,
      bookingUrl: 'https://stayflawless.com/book',
    },
    { id: 'second', name: 'Second Spa', url: 'https://second.example.com/', phone: '+1 505 555 0100' },
    { id: 'third', name: 'Third Spa', url: 'http://third.example.com/', phone: '505.555.0101', city: 'Santa Fe' },
  ],
  rules: {
    mode: 'extend',
    areas: {
      hitPolicy: 'first',
      rules: [{ id: 'owner-lips', areas: ['lips'], treatment: 'filler', reason: { en: 'Our lip filler.', es: 'Nuestro relleno de labios.' } }],
    },
  },
};

type Key = string | number;

function leaves(value: unknown, path: Key[] = []): Key[][] {
  if (value === null || typeof value !== 'object') return [path];
  const entries: [Key, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
}

function setAt(root: unknown, path: readonly Key[], value: unknown): unknown {
  const out = structuredClone(root) as Record<Key, unknown>;
  let node = out;
  for (const k of path.slice(0, -1)) node = node[k] as Record<Key, unknown>;
  node[path[path.length - 1] as Key] = value;
  return out;
}

const URL_PATHS = new Set(['practicesUrl', 'directoryUrl', 'practices[0].url', 'practices[0].bookingUrl', 'practices[1].url', 'practices[2].url']);
const LEAVES = leaves(VALID);

/** Values no leaf of VALID accepts (each leaf is a capped string, a bounded number or `featured`). */
const BAD_VALUES: readonly unknown[] = [
  null,
  {},
  [],
  HUGE,
  HUGE_UNICODE,
  { __proto__: null, polluted: true },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  1000,
  NaN,
];

describe('one bad setting in a valid config', () => {
  const baseline = validateConfig(VALID);

  it('the valid config itself passes cleanly', () => {
    expect(baseline.errors).toEqual([]);
    expect(baseline.config.practices.map((p) => p.id)).toEqual(['flawless-abq', 'second', 'third']);
    expect(baseline.config.locale).toBe('es');
  });

  it('is reported at its exact path and everything else still applies', () => {
    // Every leaf with every bad value (47 × 9 cases): all of them, where a random sample of the
    // same size missed some each run.
    const cases = LEAVES.flatMap((path) => BAD_VALUES.map((bad) => [path, bad] as const));
    const samples = fc.sample(answers, cases.length);
    cases.forEach(([path, bad], i) => {
        const input = setAt(VALID, path, bad);
        const result = validateConfig(input);
        const where = pathText(path);
      try {
        expect(result.errors.map((e) => e.path)).toContain(where);
        expectUsable(result, input, samples[i]!);
        const top = path[0] as string;
        // Every other top-level setting is kept exactly.
        for (const k of Object.keys(baseline.config) as (keyof typeof baseline.config)[]) {
          if (k !== top) expect(result.config[k]).toEqual(baseline.config[k]);
        }
        // A bad practice drops only itself.
        if (top === 'practices') {
          const broken = VALID.practices[path[1] as number]?.id;
          expect(result.config.practices.map((p) => p.id)).toEqual(VALID.practices.map((p) => p.id).filter((id) => id !== broken));
        }
        // Owner rules are all-or-nothing: any problem and the verified defaults stay in force.
        if (top === 'rules') expect(result.config.rules.areas.rules.some((r) => r.id === 'owner-lips')).toBe(false);
      } catch (e) {
        throw new Error(`${where} set to ${String(JSON.stringify(bad)).slice(0, 40)}: ${e instanceof Error ? e.message : e}`, { cause: e });
      }
    });
  });

  it('an unsafe address in any URL setting is refused at its path', () => {
    const unsafe = fc.constantFrom(
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' \t\njavascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.com/uuid',
      'ftp://example.com/x',
    );
    fc.assert(
      fc.property(fc.constantFrom(...URL_PATHS), unsafe, (where, url) => {
        const path = LEAVES.find((p) => pathText(p) === where) as Key[];
        const result = validateConfig(setAt(VALID, path, url));
        expect(result.errors.map((e) => e.path)).toContain(where);
        expect(JSON.stringify(result.config)).not.toContain(JSON.stringify(url).slice(1, -1));
      }),
      { numRuns: 300 },
    );
  });
});

describe('deep and odd structures', () => {
  it('survives nesting 100 000 levels deep anywhere in the config', () => {
    let deepArray: unknown = 'bottom';
    let deepObject: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) {
      deepArray = [deepArray];
      deepObject = { rules: deepObject };
    }
    for (const input of [{ practices: deepArray }, { rules: deepObject }, { theme: deepObject }, { copy: { en: deepObject } }, deepObject]) {
      const result = validateConfig(input);
      expect(result.errors.length).toBeGreaterThan(0);
      expect(decidesEveryCell(result.config.rules)).toBe(true);
    }
  });

  it('does not let "__proto__" smuggle in settings or pollute prototypes', () => {
    const input = JSON.parse(
      '{"__proto__": {"locale": "es", "polluted": true, "practices": [{"id": "a", "name": "A", "url": "https://a.example/", "phone": "5053172563"}]},' +
        ' "theme": {"__proto__": {"accent": "#ffffff"}}, "constructor": {"prototype": {"polluted": true}}}',
    );
    const result = validateConfig(input);
    expect(result.config.locale).toBeUndefined();
    expect(result.config.practices).toEqual([]);
    expect(result.config.theme?.accent).toBeUndefined();
    expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['__proto__', 'theme.__proto__', 'constructor']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Not swapped for the owner's object: settings objects have no prototype at all (own.ts).
    expect(Object.getPrototypeOf(result.config)).toBeNull();
  });

  it('names a path even for an empty key', () => {
    const result = validateConfig({ '': 1, theme: { '': 2 } });
    expect(result.errors).toHaveLength(2);
    for (const e of result.errors) expect(e.path).not.toMatch(/^$|\.$/);
  });

  it('reports every unknown setting of an object, not only the first', () => {
    const result = validateConfig({ locle: 'es', themee: {}, theme: { acent: '#ffffff', radus: 3 } });
    expect(result.errors.map((e) => e.path).sort()).toEqual(['locle', 'theme.acent', 'theme.radus', 'themee']);
  });

  it('reads each object once, even shared or circular ones (a config object built in code, not JSON)', () => {
    // JSON cannot repeat an object, but TreatmentQuiz.mount() callers can; a copy that walks
    // shared branches again is exponential (2^20 reads here), and a cycle would freeze the host
    // page. Counted in reads, not milliseconds, so a busy machine cannot fail it.
    let reads = 0;
    const counted = (o: Record<string, unknown>, key: string, value: unknown) =>
      Object.defineProperty(o, key, { enumerable: true, get: () => (reads++, value) });
    const root: Record<string, unknown> = {};
    let node = root;
    for (let i = 0; i < 20; i++) {
      const next: Record<string, unknown> = {};
      counted(node, 'a', next);
      counted(node, 'b', next);
      node = next;
    }
    const result = validateConfig({ theme: root });
    expect(reads).toBeLessThanOrEqual(2 * 20);
    expect(result.errors.map((e) => e.path)).toContain('theme.a');

    reads = 0;
    const cyclic: Record<string, unknown> = {};
    counted(cyclic, 'locale', 'es');
    counted(cyclic, 'theme', cyclic);
    counted(cyclic, 'practices', [cyclic, cyclic]);
    const looped = validateConfig(cyclic);
    expect(reads).toBeLessThanOrEqual(3);
    expect(looped.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['theme.locale', 'practices[0].locale', 'practices[1].locale']));
  });

  it('reports prototype-named wording keys instead of dropping them silently', () => {
    const input = JSON.parse('{"copy": {"en": {"__proto__": "x", "constructor": "y", "toString": "z", "start": "Go"}}}');
    const result = validateConfig(input);
    expect(result.config.copy?.en).toEqual({ start: 'Go' });
    expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['copy.en.__proto__', 'copy.en.constructor', 'copy.en.toString']));
  });
});
