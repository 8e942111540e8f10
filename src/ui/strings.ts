import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ResolvedConfig } from '../config/validate';
import type { QuizWords } from '../content/types';
import type { UiStrings } from '../content/ui-keys';
import type { Locale } from '../engine/types';

export interface Words {
  readonly locale: Locale;
  readonly ui: UiStrings;
  /**
   * What the questions say (areas, options, treatment names, disclaimer). It arrives just after
   * the first paint: the intro, the only screen shown before, never reads it.
   */
  readonly medical: QuizWords;
}

/** The widget's own wording with the site owner's `copy` overrides applied. */
export const uiFor = (locale: Locale, loaded: UiStrings, config: ResolvedConfig): UiStrings => ({ ...loaded, ...config.copy?.[locale] });

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));

// Always provided by App (the words of the visitor's language arrive before the first render).
export const WordsContext = createContext<Words>(undefined as unknown as Words);
export const useWords = (): Words => useContext(WordsContext);
