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

export const SAFETY_FLAGS = [
  'pregnant-or-breastfeeding',
  'neuromuscular-condition',
  'allergy-to-ingredients',
  'active-skin-infection',
  'blood-thinners',
  'under-18',
] as const;
export type SafetyFlag = (typeof SAFETY_FLAGS)[number];

export const TREATMENTS = ['neuromodulator', 'filler', 'combination', 'consult-first'] as const;
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

export interface Recommendation {
  readonly overall: Treatment;
  readonly areas: readonly AreaResult[];
  readonly cautions: readonly Caution[];
}

/**
 * How a table picks among matching rules (DMN names):
 * `unique`: exactly one rule may match each cell; `first`: the first matching rule in order wins.
 */
export type HitPolicy = 'unique' | 'first';

/** Decides an area's treatment from the area and when the visitor sees it. */
export interface AreaRule {
  readonly id: string;
  /** Any of these areas; omitted means every area. */
  readonly areas?: readonly AreaId[];
  /** Any of these appearances; omitted means every appearance. */
  readonly appearance?: readonly Appearance[];
  readonly treatment: Treatment;
  readonly reason: LocalizedText;
}

/** Overrides an area's treatment when a safety answer applies. */
export interface SafetyRule {
  readonly id: string;
  /** Fires when any of these flags is given. */
  readonly flags: readonly SafetyFlag[];
  /** Only for areas whose treatment (from the area table) is one of these; omitted means all. */
  readonly treatments?: readonly Treatment[];
  readonly treatment: Treatment;
  readonly reason: LocalizedText;
}

export interface Table<R> {
  readonly hitPolicy: HitPolicy;
  readonly rules: readonly R[];
}

export interface Ruleset {
  readonly areas: Table<AreaRule>;
  readonly safety: Table<SafetyRule>;
}
