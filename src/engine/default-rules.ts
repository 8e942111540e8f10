import { en } from '../content/en';
import { es } from '../content/es';
import type { AreaId, AreaRule, Ruleset, SafetyRule, Treatment, Appearance, SafetyFlag } from './types';

// The product's medical logic as a decision table (see shared/domain/facts.md, "Reasoning the
// rules encode"). Upper-face lines are muscle lines; mid and lower face concerns are volume.
const UPPER: readonly AreaId[] = ['forehead', 'frown-lines', 'crows-feet'];
const VOLUME_HOLLOWS: readonly AreaId[] = ['cheeks', 'temples', 'under-eyes'];
const FOLDS: readonly AreaId[] = ['nasolabial-folds', 'marionette-lines'];
const CONTOUR: readonly AreaId[] = ['chin', 'jawline'];
const MUSCLE: readonly AreaId[] = ['masseter', 'neck-bands'];

export const DEFAULT_RULE_IDS = [
  'upper-face-dynamic',
  'upper-face-etched',
  'upper-face-unsure',
  'lip-lines-dynamic',
  'lip-lines-static',
  'volume-hollows',
  'volume-lips',
  'volume-folds',
  'volume-contour',
  'neuromodulator-areas',
  'safety-see-provider',
  'safety-neuromuscular',
] as const;
export type DefaultRuleId = (typeof DEFAULT_RULE_IDS)[number];

const reason = (id: DefaultRuleId) => ({ en: en.reasons[id], es: es.reasons[id] });

const area = (id: DefaultRuleId, areas: readonly AreaId[], treatment: Treatment, appearance?: readonly Appearance[]): AreaRule => ({
  id,
  areas,
  ...(appearance ? { appearance } : {}),
  treatment,
  reason: reason(id),
});

const safety = (id: DefaultRuleId, flags: readonly SafetyFlag[], treatments?: readonly Treatment[]): SafetyRule => ({
  id,
  flags,
  ...(treatments ? { treatments } : {}),
  treatment: 'consult-first',
  reason: reason(id),
});

export const defaultRules: Ruleset = {
  areas: {
    hitPolicy: 'unique',
    rules: [
      area('upper-face-dynamic', UPPER, 'neuromodulator', ['with-expression']),
      area('upper-face-etched', UPPER, 'combination', ['at-rest', 'lost-volume']),
      area('upper-face-unsure', UPPER, 'neuromodulator', ['not-sure']),
      area('lip-lines-dynamic', ['lip-lines'], 'combination', ['with-expression']),
      area('lip-lines-static', ['lip-lines'], 'filler', ['at-rest', 'lost-volume', 'not-sure']),
      area('volume-hollows', VOLUME_HOLLOWS, 'filler'),
      area('volume-lips', ['lips'], 'filler'),
      area('volume-folds', FOLDS, 'filler'),
      area('volume-contour', CONTOUR, 'filler'),
      area('neuromodulator-areas', MUSCLE, 'neuromodulator'),
    ],
  },
  safety: {
    // Ordered: a flag that stops every injectable outranks the neuromodulator-only one.
    hitPolicy: 'first',
    rules: [
      safety('safety-see-provider', ['pregnant-or-breastfeeding', 'allergy-to-ingredients', 'active-skin-infection', 'under-18']),
      safety('safety-neuromuscular', ['neuromuscular-condition'], ['neuromodulator', 'combination']),
    ],
  },
};
