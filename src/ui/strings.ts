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
  /** The owner's `copy` for this locale; each part applies its own section (part-words.ts). */
  readonly copy?: NonNullable<ResolvedConfig['copy']>[Locale];
}

/**
 * The words for a locale, with the site owner's `copy` overrides applied to the widget's own
 * wording (the parts apply their sections themselves, part-words.ts). `medical` is left out
 * only where nothing reads it (the intro, the launcher's button).
 */
export const wordsFor = (locale: Locale, ui: UiStrings, config: ResolvedConfig, medical?: QuizWords): Words => ({
  locale,
  ui: { ...ui, ...config.copy?.[locale] },
  medical: medical!,
  copy: config.copy?.[locale],
});

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));

// Always provided by App (the words of the visitor's language arrive before the first render).
export const WordsContext = createContext<Words>(undefined as unknown as Words);
export const useWords = (): Words => useContext(WordsContext);
