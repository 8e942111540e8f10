import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ResolvedConfig } from '../config/validate';
import { quizWords } from '../content/quiz';
import type { QuizWords } from '../content/types';
import { ui, type UiStrings } from '../content/ui';
import type { Locale } from '../engine/types';

export interface Words {
  readonly locale: Locale;
  readonly ui: UiStrings;
  /** The quiz half of the medical words; the result page adds the rest (result-words.ts). */
  readonly medical: QuizWords;
  /** The owner's `copy` for this locale; each part applies its own section (part-words.ts). */
  readonly copy?: NonNullable<ResolvedConfig['copy']>[Locale];
}

/** The widget's wording for a locale, with the site owner's `copy` overrides applied. */
export function wordsFor(locale: Locale, config: ResolvedConfig): Words {
  return { locale, ui: { ...ui[locale], ...config.copy?.[locale] }, medical: quizWords[locale], copy: config.copy?.[locale] };
}

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));

export const WordsContext = createContext<Words>({ locale: 'en', ui: ui.en, medical: quizWords.en });
export const useWords = (): Words => useContext(WordsContext);
