import { decide } from './decide';
import type {
  AreaResult,
  Answers,
  Caution,
  Locale,
  LocalizedText,
  Reason,
  Recommendation,
  Ruleset,
  SafetyFlag,
  Treatment,
} from './types';

export interface EngineText {
  /** One caution per safety flag. */
  readonly cautions: { readonly [F in SafetyFlag]: string };
  /** Said for an area no rule covers (only possible with an unverified owner ruleset). */
  readonly noRule: string;
}

const pick = (text: LocalizedText, locale: Locale): string => text[locale] ?? text.en;

/**
 * The overall answer: any consult wins, a single kind stays itself, a mix is a combination.
 * No areas at all (unvalidated input) is "ask a provider", not a guessed combination.
 */
export function overallOf(treatments: readonly Treatment[]): Treatment {
  const first = treatments[0];
  if (!first || treatments.includes('consult-first')) return 'consult-first';
  return treatments.every((t) => t === first) ? first : 'combination';
}

/** Answers -> recommendation with reasons. Pure; expects answers already validated. */
export function evaluate(answers: Answers, rules: Ruleset, text: EngineText, locale: Locale): Recommendation {
  const flags = [...new Set(answers.safety ?? [])];
  const areas: AreaResult[] = [...new Set(answers.areas)].map((area) => {
    const d = decide(rules, area, answers.appearance?.[area] ?? 'not-sure', flags);
    const reasons: Reason[] = [];
    reasons.push(d.base ? { rule: d.base.id, text: pick(d.base.reason, locale) } : { rule: 'no-rule', text: text.noRule });
    if (d.safety) reasons.push({ rule: d.safety.id, text: pick(d.safety.reason, locale) });
    return { area, treatment: d.treatment, reasons };
  });
  const cautions: Caution[] = flags.map((flag) => ({ flag, text: text.cautions[flag] }));
  return { overall: overallOf(areas.map((a) => a.treatment)), areas, cautions };
}
