import { medical } from './content/locales';
import { defaultRules } from './engine/default-rules';
import { evaluate } from './engine/evaluate';
import type { Answers, Locale, Recommendation, Ruleset } from './engine/types';

// The engine has no words of its own; this is where the product's rules meet its content.

export interface RecommendOptions {
  readonly locale?: Locale;
  /** A verified ruleset (config validation verifies owner rules); defaults to the product's. */
  readonly rules?: Ruleset;
}

/** The public entry point: answers -> recommendation, with reasons, cautions and disclaimer in `locale`. */
export function recommend(answers: Answers, options: RecommendOptions = {}): Recommendation {
  const locale = options.locale ?? 'en';
  return evaluate(answers, options.rules ?? defaultRules, medical[locale], locale);
}
