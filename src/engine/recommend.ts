import { medical } from '../content/locales';
import { defaultRules } from './default-rules';
import { evaluate } from './evaluate';
import type { Answers, Locale, Recommendation, Ruleset } from './types';

export interface RecommendOptions {
  readonly locale?: Locale;
  /** A verified ruleset (config validation verifies owner rules); defaults to the product's. */
  readonly rules?: Ruleset;
}

/** The public entry point: answers -> recommendation, with reasons and cautions in `locale`. */
export function recommend(answers: Answers, options: RecommendOptions = {}): Recommendation {
  const locale = options.locale ?? 'en';
  return evaluate(answers, options.rules ?? defaultRules, medical[locale], locale);
}
