import type { Locale } from '../engine/types';
import { part, type Part } from './lazy';
import type { PartName, PartWords } from '../content/types';
import { useWords } from './strings';

/** The words of the result page's parts and launcher mode's button, per language (a part, src/parts.ts). */
export const partWords: { readonly [L in Locale]: Part<PartWords> } = {
  en: part(() => import('../content/parts/en').then((m) => m.words)),
  es: part(() => import('../content/parts/es').then((m) => m.words)),
};

/**
 * A part's words in the visitor's language, with the site owner's `copy.<locale>.<part>`
 * overrides: the one way parts get their words (locale and overrides from WordsContext, no prop).
 * Only the lazy parts import this file, so their word tables stay off the first screen.
 */
export function usePartWords<P extends PartName>(part: P): PartWords[P] {
  const { locale, copy } = useWords();
  // Here before any part shows: the result page waits for them, mount for the launcher's.
  const loaded = partWords[locale].ready();
  if (!loaded) throw new Error(`the ${part} words are not loaded`);
  return { ...loaded[part], ...copy?.[part] };
}
