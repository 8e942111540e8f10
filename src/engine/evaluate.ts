import { decide } from './decide';
import type {
  AreaInterest,
  AreaResult,
  Answers,
  Caution,
  Locale,
  LocalizedText,
  Recommendation,
  Ruleset,
  SafetyFlag,
  Treatment,
} from './types';

/** The words the engine needs, in one locale: the caller passes them (the engine has none). */
export interface EngineText {
  /** The product's reasons, by rule id. Owner rules bring their own words. */
  readonly reasons: { readonly [id: string]: string };
  /** One caution per safety flag. */
  readonly cautions: { readonly [F in SafetyFlag]: string };
  /** Said for an area no rule covers (only possible with an unverified owner ruleset). */
  readonly noRule: string;
  readonly disclaimer: string;
}

const pick = (text: LocalizedText, locale: Locale): string => text[locale] ?? text.en;

/**
 * The overall answer: waiting wins, then seeing a provider; a single kind stays itself, a mix
 * is a combination. No areas at all (unvalidated input) is "ask a provider", not a guess.
 */
export function overallOf(treatments: readonly Treatment[]): Treatment {
  const first = treatments[0];
  if (treatments.includes('not-now')) return 'not-now';
  if (!first || treatments.includes('consult-first')) return 'consult-first';
  return treatments.every((t) => t === first) ? first : 'combination';
}

/** Answers -> recommendation with reasons. Pure; expects answers already validated. */
export function evaluate(answers: Answers, rules: Ruleset, text: EngineText, locale: Locale): Recommendation {
  const flags = [...new Set(answers.safety ?? [])];
  const reason = (rule: { id: string; reason?: LocalizedText }) => ({ rule: rule.id, text: rule.reason ? pick(rule.reason, locale) : (text.reasons[rule.id] ?? text.noRule) });
  const interests: AreaInterest[] = [];
  const areas: AreaResult[] = [...new Set(answers.areas)].map((area) => {
    const d = decide(rules, area, answers.appearance?.[area], flags);
    interests.push({ area, treatment: d.interest });
    const reasons = [d.base ? reason(d.base) : { rule: 'no-rule', text: text.noRule }];
    if (d.safety) reasons.push(reason(d.safety));
    return { area, treatment: d.treatment, reasons };
  });
  const cautions: Caution[] = flags.map((flag) => ({ flag, text: text.cautions[flag] }));
  return {
    overall: overallOf(areas.map((a) => a.treatment)),
    areas,
    cautions,
    interest: { overall: overallOf(interests.map((a) => a.treatment)), areas: interests },
    disclaimer: text.disclaimer,
  };
}
