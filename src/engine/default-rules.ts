import type { Appearance, AreaId, AreaRule, Questions, Ruleset, SafetyFlag, SafetyRule, Treatment } from './types';

// The product's medical logic, version 2, as decision tables (shared/domain/facts.md,
// "Reasoning the rules encode" and "Who should talk to a provider first"). Rules carry ids
// only: the words for each id come from the caller's content (src/content), so the engine
// never imports text.

const UPPER: readonly AreaId[] = ['forehead', 'frown-lines', 'crows-feet'];

export const DEFAULT_RULE_IDS = [
  'upper-face-dynamic',
  'upper-face-etched',
  'upper-face-unsure',
  'lip-lines-dynamic',
  'lip-lines-static',
  'marionette-dynamic',
  'marionette-volume',
  'chin-dimpled',
  'chin-volume',
  'masseter',
  'neck-bands',
  'volume-hollows',
  'volume-under-eyes',
  'volume-lips',
  'volume-folds',
  'volume-jawline',
  'safety-pregnancy',
  'safety-skin-infection',
  'safety-under-18',
  'safety-age-18-to-21',
  'safety-allergy',
  'safety-neuromuscular',
  'safety-neuromuscular-combination',
  'safety-bleeding',
] as const;
export type DefaultRuleId = (typeof DEFAULT_RULE_IDS)[number];

const area = (id: DefaultRuleId, areas: readonly AreaId[], treatment: Treatment, appearance?: readonly Appearance[]): AreaRule =>
  appearance ? { id, areas, appearance, treatment } : { id, areas, treatment };

const safety = (id: DefaultRuleId, flags: readonly SafetyFlag[], treatment: Treatment, treatments?: readonly Treatment[]): SafetyRule =>
  treatments ? { id, flags, treatments, treatment } : { id, flags, treatment };

const LINES: readonly Appearance[] = ['with-expression', 'at-rest', 'not-sure'];

/** The "when do you see it" options per area: only where the answer changes the advice. */
export const defaultQuestions: Questions = {
  forehead: LINES,
  'frown-lines': LINES,
  'crows-feet': LINES,
  cheeks: [],
  temples: [],
  'under-eyes': [],
  lips: [],
  'lip-lines': LINES,
  'nasolabial-folds': [],
  'marionette-lines': ['with-expression', 'at-rest', 'lost-volume', 'not-sure'],
  chin: ['with-expression', 'lost-volume', 'not-sure'],
  jawline: [],
  masseter: [],
  'neck-bands': [],
};

export const defaultRules: Ruleset = {
  questions: defaultQuestions,
  areas: {
    hitPolicy: 'unique',
    rules: [
      area('upper-face-dynamic', UPPER, 'neuromodulator', ['with-expression']),
      // Etched lines: still a neuromodulator (filler here is high-risk and off-label: never ours to suggest).
      area('upper-face-etched', UPPER, 'neuromodulator', ['at-rest']),
      area('upper-face-unsure', UPPER, 'neuromodulator', ['not-sure', 'lost-volume']),
      area('lip-lines-dynamic', ['lip-lines'], 'combination', ['with-expression']),
      area('lip-lines-static', ['lip-lines'], 'filler', ['at-rest', 'lost-volume', 'not-sure']),
      area('marionette-dynamic', ['marionette-lines'], 'combination', ['with-expression']),
      area('marionette-volume', ['marionette-lines'], 'filler', ['at-rest', 'lost-volume', 'not-sure']),
      area('chin-dimpled', ['chin'], 'neuromodulator', ['with-expression']),
      area('chin-volume', ['chin'], 'filler', ['at-rest', 'lost-volume', 'not-sure']),
      area('masseter', ['masseter'], 'neuromodulator'),
      area('neck-bands', ['neck-bands'], 'neuromodulator'),
      area('volume-hollows', ['cheeks', 'temples'], 'filler'),
      area('volume-under-eyes', ['under-eyes'], 'filler'),
      area('volume-lips', ['lips'], 'filler'),
      area('volume-folds', ['nasolabial-folds'], 'filler'),
      area('volume-jawline', ['jawline'], 'filler'),
    ],
  },
  safety: {
    // Several flags on one area: the strongest outcome wins (not-now > consult-first > narrowed).
    // Blood thinners, cold sores, immune conditions, recent illness and earlier filler change
    // nothing here: they are cautions for the provider (facts.md).
    hitPolicy: 'priority',
    rules: [
      safety('safety-pregnancy', ['pregnant-or-breastfeeding'], 'not-now'),
      safety('safety-skin-infection', ['active-skin-infection'], 'not-now'),
      safety('safety-under-18', ['under-18'], 'not-now'),
      safety('safety-age-18-to-21', ['age-18-to-21'], 'consult-first', ['filler', 'combination']),
      safety('safety-allergy', ['allergy-to-ingredients'], 'consult-first'),
      safety('safety-neuromuscular', ['neuromuscular-condition'], 'consult-first', ['neuromodulator']),
      safety('safety-neuromuscular-combination', ['neuromuscular-condition'], 'filler', ['combination']),
      safety('safety-bleeding', ['bleeding-disorder'], 'consult-first', ['filler', 'combination']),
    ],
  },
};
