// The answer and recommendation model. Ids are data: the arrays are the single source of
// truth, the unions are derived from them, so adding an area is one edit here plus content.

export const AREA_IDS = [
  'forehead',
  'frown-lines',
  'crows-feet',
  'cheeks',
  'temples',
  'under-eyes',
  'lips',
  'lip-lines',
  'nasolabial-folds',
  'marionette-lines',
  'chin',
  'jawline',
  'masseter',
  'neck-bands',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** When the visitor sees the concern: only when moving, with the face relaxed, or as lost volume. */
export const APPEARANCES = ['with-expression', 'at-rest', 'lost-volume', 'not-sure'] as const;
export type Appearance = (typeof APPEARANCES)[number];

/** Health answers (screening, not diagnosis), from the FDA labels and communications in facts.md. */
export const SAFETY_FLAGS = [
  'under-18',
  'age-18-to-21',
  'pregnant-or-breastfeeding',
  'active-skin-infection',
  'recent-illness-vaccine-or-dental-work',
  'allergy-to-ingredients',
  'neuromuscular-condition',
  'bleeding-disorder',
  'blood-thinners',
  'cold-sores',
  'immune-condition',
  'previous-filler-or-implant',
] as const;
export type SafetyFlag = (typeof SAFETY_FLAGS)[number];

/** `not-now`: no injectable for now (wait, heal, or be an adult first); not a prompt to book. */
export const TREATMENTS = ['neuromodulator', 'filler', 'combination', 'consult-first', 'not-now'] as const;
export type Treatment = (typeof TREATMENTS)[number];

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text in every shipped locale; English is required, others fall back to it only for owner rules. */
export type LocalizedText = { readonly en: string } & { readonly [L in Exclude<Locale, 'en'>]?: string };

export interface Answers {
  /** At least one area. Duplicates are ignored. */
  readonly areas: readonly AreaId[];
  /** Missing areas count as `not-sure`. */
  readonly appearance?: { readonly [A in AreaId]?: Appearance };
  readonly safety?: readonly SafetyFlag[];
}

export interface Reason {
  readonly rule: string;
  readonly text: string;
}

export interface AreaResult {
  readonly area: AreaId;
  readonly treatment: Treatment;
  readonly reasons: readonly Reason[];
}

export interface Caution {
  readonly flag: SafetyFlag;
  readonly text: string;
}

/** An area's treatment as the areas and appearances alone decide it, before any health answer. */
export interface AreaInterest {
  readonly area: AreaId;
  readonly treatment: Treatment;
}

/**
 * What the visitor asked about, exactly as if no safety answer had been given. It is the only
 * part of a recommendation that may leave the page (events, analytics, links, leads), so no
 * health answer can be read off what goes out.
 */
export interface Interest {
  readonly overall: Treatment;
  readonly areas: readonly AreaInterest[];
}

export interface Recommendation {
  readonly overall: Treatment;
  readonly areas: readonly AreaResult[];
  readonly cautions: readonly Caution[];
  readonly interest: Interest;
  /** Educational, not medical advice: every result carries it. */
  readonly disclaimer: string;
}

/**
 * How a table picks among matching rules (DMN names):
 * `unique`: exactly one rule may match each cell; `first`: the first matching rule in order wins;
 * `priority`: the rule with the strongest outcome wins (`TREATMENT_PRIORITY`), ties in table order.
 */
export const HIT_POLICIES = ['unique', 'first', 'priority'] as const;
export type HitPolicy = (typeof HIT_POLICIES)[number];

/**
 * How strong an outcome is under the `priority` hit policy: waiting beats seeing a provider,
 * which beats any narrowed treatment (combination -> filler), which beats the area's own.
 */
export function treatmentPriority(t: Treatment): number {
  return t === 'not-now' ? 2 : t === 'consult-first' ? 1 : 0;
}

/** Decides an area's treatment from the area and when the visitor sees it. */
export interface AreaRule {
  readonly id: string;
  /** Any of these areas; omitted means every area. */
  readonly areas?: readonly AreaId[];
  /** Any of these appearances; omitted means every appearance. */
  readonly appearance?: readonly Appearance[];
  readonly treatment: Treatment;
  /** The owner's own words; the product's rules are worded by the caller's text, by rule id. */
  readonly reason?: LocalizedText;
}

/** Overrides an area's treatment when a safety answer applies. */
export interface SafetyRule {
  readonly id: string;
  /** Fires when any of these flags is given. */
  readonly flags: readonly SafetyFlag[];
  /** Only for areas whose treatment (from the area table) is one of these; omitted means all. */
  readonly treatments?: readonly Treatment[];
  readonly treatment: Treatment;
  /** The owner's own words; the product's rules are worded by the caller's text, by rule id. */
  readonly reason?: LocalizedText;
}

export interface Table<R> {
  readonly hitPolicy: HitPolicy;
  readonly rules: readonly R[];
}

/**
 * Which "when do you see it" options each area asks. An area with none gets no question, and
 * an appearance an area does not offer counts as `not-sure`.
 */
export type Questions = { readonly [A in AreaId]: readonly Appearance[] };

export interface Ruleset {
  readonly questions: Questions;
  readonly areas: Table<AreaRule>;
  readonly safety: Table<SafetyRule>;
}
