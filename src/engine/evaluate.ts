import { decide, type Decision } from './decide';
import type {
  AreaId,
  AreaInterest,
  AreaResult,
  Answers,
  Caution,
  Interest,
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

/** The decisions without words: what the widget needs before the result page (and its words) load. */
export interface Outcome {
  readonly overall: Treatment;
  readonly areas: readonly (Decision & { readonly area: AreaId })[];
  readonly interest: Interest;
}

export function assess(answers: Answers, rules: Ruleset): Outcome {
  const flags = [...new Set(answers.safety ?? [])];
  const areas = [...new Set(answers.areas)].map((area) => ({ area, ...decide(rules, area, answers.appearance?.[area], flags) }));
  const interests: AreaInterest[] = areas.map(({ area, interest }) => ({ area, treatment: interest }));
  return {
    overall: overallOf(areas.map((a) => a.treatment)),
    areas,
    interest: { overall: overallOf(interests.map((a) => a.treatment)), areas: interests },
  };
}

/** Answers -> recommendation with reasons. Pure; expects answers already validated. */
export function evaluate(answers: Answers, rules: Ruleset, text: EngineText, locale: Locale): Recommendation {
  const outcome = assess(answers, rules);
  const reason = (rule: { id: string; reason?: LocalizedText }) => ({ rule: rule.id, text: rule.reason ? pick(rule.reason, locale) : (text.reasons[rule.id] ?? text.noRule) });
  const areas: AreaResult[] = outcome.areas.map((d) => {
    const reasons = [d.base ? reason(d.base) : { rule: 'no-rule', text: text.noRule }];
    if (d.safety) reasons.push(reason(d.safety));
    return { area: d.area, treatment: d.treatment, reasons };
  });
  const cautions: Caution[] = [...new Set(answers.safety ?? [])].map((flag) => ({ flag, text: text.cautions[flag] }));
  return { overall: outcome.overall, areas, cautions, interest: outcome.interest, disclaimer: text.disclaimer };
}
