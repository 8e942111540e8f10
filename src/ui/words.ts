import type { PartName, PartWords, QuizWords, ResultWords } from '../content/types';
import type { UiStrings } from '../content/ui-keys';
import type { Locale } from '../engine/types';
import { part, usePart, type Part } from './lazy';
import { useWords } from './strings';

// The words, per language and per part of src/parts.ts: only the visitor's language is
// downloaded, each group when the list says. A new language adds one entry to each table here
// (the compiler names any missing).

/** The widget's own wording (intro, buttons, headings): before the first paint. */
export const uiWords: { readonly [L in Locale]: Part<UiStrings> } = {
  en: part(() => import('../content/ui/en').then((m) => m.words)),
  es: part(() => import('../content/ui/es').then((m) => m.words)),
};

/** What the questions say (areas, "when" options, health questions): right after the first paint. */
export const quizWords: { readonly [L in Locale]: Part<QuizWords> } = {
  en: part(() => import('../content/quiz/en').then((m) => m.words)),
  es: part(() => import('../content/quiz/es').then((m) => m.words)),
};

/** The result page's words: fetched on the last question. */
export const resultWords: { readonly [L in Locale]: Part<ResultWords> } = {
  en: part(() => import('../content/result/en').then((m) => m.words)),
  es: part(() => import('../content/result/es').then((m) => m.words)),
};

/** The result page's words in the visitor's language: undefined until they arrive. */
export const useResultWords = (): ResultWords | undefined => usePart(resultWords[useWords().locale]);

/** The words of the result page's parts and launcher mode's button, per language (a part, src/parts.ts). */
export const partWords: { readonly [L in Locale]: Part<PartWords> } = {
  en: part(() => import('../content/parts/en').then((m) => m.words)),
  es: part(() => import('../content/parts/es').then((m) => m.words)),
};

/**
 * A part's words in the visitor's language, with the site owner's `copy.<locale>.<part>`
 * overrides: the one way parts get their words (locale and overrides from WordsContext, no prop).
 * The result page loads them before its parts show, and mount before launcher mode's button.
 */
export function usePartWords<P extends PartName>(part: P): PartWords[P] {
  const { locale, copy } = useWords();
  // Here before any part shows: the result page waits for them, mount for the launcher's.
  const loaded = partWords[locale].ready();
  if (!loaded) throw new Error(`the ${part} words are not loaded`);
  return { ...loaded[part], ...copy?.[part] };
}
