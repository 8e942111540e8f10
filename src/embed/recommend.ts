import { defaultRules } from '../engine/default-rules';
import { evaluate } from '../engine/evaluate';
import type { Answers, Recommendation } from '../engine/types';
import type { RecommendOptions } from '../recommend';
import { quizWords, resultWords } from '../ui/words';
import { toLocale } from './locale';

/**
 * `window.TreatmentQuiz.recommend`: src/recommend.ts's answer, with the words of the one
 * language asked for, fetched as the widget fetches them (src/parts.ts), not every language.
 */
export function recommend(answers: Answers, options: RecommendOptions = {}): Promise<Recommendation> {
  const locale = toLocale(options.locale) ?? 'en';
  return quizWords[locale]().then((quiz) => resultWords[locale]().then((result) => evaluate(answers, options.rules ?? defaultRules, { ...quiz, ...result }, locale)));
}
