import * as v from 'valibot';
import { parseHttpUrl } from '../guard/http-url';
import { FONT_LIST } from './font-list';
import { LAUNCHER_POSITIONS, OFFSET_MAX } from './launcher-rules';
import { httpUrl, locationSchema, phone, practiceSchema, strict, text } from '../match/practice-schema';
import { ANALYTICS_MODES, QUIZ_MODES } from './modes';
import { SHARE_NETWORKS } from './share-networks';
import type { ThemeKey } from './theme-keys';
import { RADIUS_MAX, THEME_SCHEMES } from './theme-rules';
import { PART_WORD_KEYS } from '../content/parts/keys';
import type { PartName } from '../content/types';
import { UI_KEYS, type UiStrings } from '../content/ui-keys';

export { SHARE_NETWORKS, type ShareNetwork } from './share-networks';
export { httpUrl, locationSchema, practiceSchema };
import { APPEARANCES, AREA_IDS, HIT_POLICIES, LOCALES, SAFETY_FLAGS, TREATMENTS } from '../engine/types';

// The site owner's JSON config. Strict objects so a typo ("locle") is reported, not ignored.
// Messages are written for site owners: each says what is expected; validate.ts adds the path
// and what was given.

/**
 * An address on the page's own site ("/practices.json") or a full http(s) address. Never empty:
 * "" resolves to the page itself, so an empty lead endpoint posted to the page and an empty
 * privacy link went nowhere, both silently.
 */
export const fetchUrl = v.pipe(
  v.string('must be text: a web address'),
  v.maxLength(2048, 'must be a web address under 2048 characters'),
  v.nonEmpty('must not be empty: give an address on this site (starting with /) or a full https:// address'),
  // Resolved against a stand-in for the page: what matters is where it would lead, not which site.
  v.check((s) => !!s.trim() && !!parseHttpUrl(s, 'https://host.invalid/'), 'must be a web address such as /quiz/practices.json or https://…'),
);

const quoted = (x: string) => `"${x}"`;

const picklist = <T extends readonly string[]>(values: T, what: string) => v.picklist(values, `must be one of ${values.map(quoted).join(', ')} (${what})`);

/**
 * A short closed list in a sentence: `must be "light", "dark" or "auto"`, each value followed by
 * what it does when `notes` says, so the message always names exactly the values the list allows.
 */
const oneOf = <const T extends readonly string[]>(values: T, notes: { readonly [K in T[number]]?: string } = {}) => {
  const said = values.map((x: T[number]) => quoted(x) + (notes[x] ? ` (${notes[x]})` : ''));
  return v.picklist(values, `must be ${said.length > 1 ? `${said.slice(0, -1).join(', ')} or ${said[said.length - 1]}` : said[0]}`);
};

/** A number of pixels, from 0 to `max`. */
const pixels = (max: number) => v.pipe(v.number('must be a number of pixels'), v.minValue(0, 'must be 0 or more'), v.maxValue(max, `must be at most ${max}`));

const localizedText = strict(
  {
    en: text(600),
    es: v.optional(text(600)),
  },
  'must be an object like { "en": "…", "es": "…" }',
);

const areaRule = strict(
  {
    id: text(80),
    areas: v.optional(v.array(picklist(AREA_IDS, 'a face area'), 'must be a list of area ids')),
    appearance: v.optional(v.array(picklist(APPEARANCES, 'when the lines show'), 'must be a list of appearances')),
    treatment: picklist(TREATMENTS, 'a treatment'),
    reason: localizedText,
  },
  'must be a rule object with id, treatment and reason',
);

const safetyRule = strict(
  {
    id: text(80),
    flags: v.pipe(v.array(picklist(SAFETY_FLAGS, 'a safety answer'), 'must be a list of safety flags'), v.minLength(1, 'must name at least one flag')),
    treatments: v.optional(v.array(picklist(TREATMENTS, 'a treatment'), 'must be a list of treatments')),
    treatment: picklist(TREATMENTS, 'a treatment'),
    reason: localizedText,
  },
  'must be a rule object with id, flags, treatment and reason',
);

const table = <T extends v.GenericSchema>(rule: T) =>
  strict(
    {
      hitPolicy: v.optional(picklist(HIT_POLICIES, 'how a table picks among matching rules')),
      rules: v.array(rule, 'must be a list of rules'),
    },
    'must be an object like { "hitPolicy": "first", "rules": [ … ] }',
  );

export const rulesSchema = strict(
  {
    mode: v.optional(oneOf(['replace', 'extend'])),
    /** Per area, the "when do you see it" options to ask ([] asks nothing); other areas keep the defaults. */
    questions: v.optional(
      strict(
        Object.fromEntries(
          AREA_IDS.map((a) => [a, v.optional(v.array(picklist(APPEARANCES, 'when the lines show'), 'must be a list of appearances, such as ["with-expression", "at-rest", "not-sure"]'))]),
        ) as { [A in (typeof AREA_IDS)[number]]: v.OptionalSchema<v.ArraySchema<v.PicklistSchema<typeof APPEARANCES, string>, string>, undefined> },
        'must be an object of area ids, like { "chin": ["with-expression", "lost-volume", "not-sure"] }',
      ),
    ),
    areas: v.optional(table(areaRule)),
    safety: v.optional(table(safetyRule)),
  },
  'must be an object with "questions", "areas" and/or "safety"',
);

const hexColor = v.pipe(v.string('must be text'), v.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex colour such as "#1d6f5f"'));

// Exactly the keys of THEME_KEYS (the compiler says which one is missing or unknown).
export const themeSchema = strict(
  {
    accent: v.optional(hexColor),
    text: v.optional(hexColor),
    background: v.optional(hexColor),
    radius: v.optional(pixels(RADIUS_MAX)),
    font: v.optional(
      v.pipe(text(200), v.regex(FONT_LIST, 'must be a font list such as "Georgia, serif" or "\'Open Sans\', sans-serif": names in matching quotes or plain words, separated by commas')),
    ),
    scheme: v.optional(oneOf(THEME_SCHEMES)),
  } satisfies { readonly [K in ThemeKey]: v.GenericSchema },
  'must be an object like { "accent": "#1d6f5f" }',
);

/** Lead capture (opt-in): where the visitor's "send me my result" form is POSTed, the privacy page it links, and a number to call. */
export const leadsSchema = strict(
  {
    endpoint: fetchUrl,
    privacyUrl: fetchUrl,
    /** The practice's number, offered when a lead could not be saved or sent. */
    phone: v.optional(phone),
  },
  'must be an object like { "endpoint": "https://…/leads", "privacyUrl": "https://…/privacy", "phone": "(505) 317-2563" }',
);

/** Where launcher mode's floating button sits, so it never has to cover the site's own fixed UI. */
export const launcherSchema = strict(
  {
    position: v.optional(oneOf(LAUNCHER_POSITIONS)),
    offsetX: v.optional(pixels(OFFSET_MAX)),
    offsetY: v.optional(pixels(OFFSET_MAX)),
  },
  'must be an object like { "position": "bottom-left", "offsetY": 96 }',
);

type Wording = v.OptionalSchema<ReturnType<typeof text>, undefined>;
type WordingEntries<K extends string> = { readonly [Key in K]: Wording };
const wording = <K extends string>(keys: Iterable<K>) => Object.fromEntries([...keys].map((k) => [k, v.optional(text(600))])) as WordingEntries<K>;

/** One part's wording overrides: { "book": "…" }; its keys are the part's words (content/parts/keys.ts). */
const partCopy = <P extends PartName>(part: P) =>
  strict(wording<(typeof PART_WORD_KEYS)[P][number]>(PART_WORD_KEYS[part]), `must be an object of ${part} wording keys to text, like { "${PART_WORD_KEYS[part][0]}": "…" }`);

/**
 * Wording overrides for one locale: the widget's own words at the top ({ "introTitle": "…" }),
 * each part's under its name ({ "practices": { "book": "…" } }). Every key is listed, so a typo
 * is reported (validate.ts lists the allowed keys) and editors autocomplete from the JSON Schema.
 */
export const localeCopy = strict(
  {
    ...wording(new Set(UI_KEYS) as ReadonlySet<keyof UiStrings>),
    practices: v.optional(partCopy('practices')),
    share: v.optional(partCopy('share')),
    leads: v.optional(partCopy('leads')),
    launcher: v.optional(partCopy('launcher')),
  },
  'must be an object of wording keys to text, like { "introTitle": "…", "practices": { "book": "…" } }',
);

/** Wording overrides per locale: { "en": { "introTitle": "…" }, "es": { "launcher": { "open": "…" } } }. */
const copySchema = strict(
  Object.fromEntries(LOCALES.map((l) => [l, v.optional(localeCopy)])) as { [L in (typeof LOCALES)[number]]: v.OptionalSchema<typeof localeCopy, undefined> },
  `must be an object with ${LOCALES.map((l) => `"${l}"`).join(' and/or ')} wording`,
);

export const configSchema = strict(
  {
    $schema: v.optional(v.string()),
    locale: v.optional(picklist(LOCALES, 'the quiz language')),
    rules: v.optional(rulesSchema),
    practices: v.optional(v.array(practiceSchema, 'must be a list of practices')),
    practicesUrl: v.optional(fetchUrl),
    directoryUrl: v.optional(httpUrl),
    utmCampaign: v.optional(v.pipe(text(100), v.regex(/^[\w.-]+$/, 'must use only letters, digits, "-", "_" or "."'))),
    zipsUrl: v.optional(fetchUrl),
    matchRadiusMiles: v.optional(v.pipe(v.number('must be a number of miles'), v.minValue(1, 'must be at least 1'), v.maxValue(3000, 'must be at most 3000'))),
    directory: v.optional(strict({ indexUrl: fetchUrl }, 'must be an object like { "indexUrl": "/directory/index.json" }')),
    share: v.optional(
      strict(
        {
          url: v.optional(httpUrl),
          networks: v.optional(v.array(picklist(SHARE_NETWORKS, 'a share link'), 'must be a list of networks')),
        },
        'must be an object like { "url": "https://…", "networks": ["facebook", "x"] }',
      ),
    ),
    theme: v.optional(themeSchema),
    analytics: v.optional(oneOf(ANALYTICS_MODES, { datalayer: 'push events to window.dataLayer' })),
    leads: v.optional(leadsSchema),
    mode: v.optional(oneOf(QUIZ_MODES, { inline: 'in the page', launcher: 'a floating button that opens the quiz' })),
    launcher: v.optional(launcherSchema),
    copy: v.optional(copySchema),
  },
  'must be a JSON object of settings',
);

export type ConfigInput = v.InferInput<typeof configSchema>;
export type Config = v.InferOutput<typeof configSchema>;
export type { Practice, PracticeLocation } from '../match/practice-schema';
export type Theme = v.InferOutput<typeof themeSchema>;
export type LeadsConfig = v.InferOutput<typeof leadsSchema>;
