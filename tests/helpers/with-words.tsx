import type { VNode } from 'preact';
import { validateConfig, type ResolvedConfig } from '../../src/config/validate';
import { medical, ui } from '../../src/content/locales';
import type { Locale } from '../../src/engine/types';
import { WordsContext, wordsFor } from '../../src/ui/strings';

/** A part rendered the way the widget renders it: inside the words context (locale, owner's copy). */
export const withWords = (node: VNode, locale: Locale = 'en', config: ResolvedConfig = validateConfig({}).config): VNode => (
  <WordsContext.Provider value={wordsFor(locale, ui[locale], config, medical[locale])}>{node}</WordsContext.Provider>
);
