import type { Locale } from '../engine/types';
import type { MedicalStrings, PartWords } from './types';
import type { UiStrings } from './ui-keys';
import { words as enQuiz } from './quiz/en';
import { words as esQuiz } from './quiz/es';
import { words as enResult } from './result/en';
import { words as esResult } from './result/es';
import { words as enParts } from './parts/en';
import { words as esParts } from './parts/es';
import { words as enUi } from './ui/en';
import { words as esUi } from './ui/es';

// Every word of the product in every language at once, for the CLI, `recommend()` and tests.
// The widget never imports this file: it loads one language, in three parts (its own wording
// before the first paint, the questions' words after it, the result's on the last question;
// see src/parts.ts).
export const medical: { readonly [L in Locale]: MedicalStrings } = {
  en: { ...enQuiz, ...enResult },
  es: { ...esQuiz, ...esResult },
};

export const ui: { readonly [L in Locale]: UiStrings } = { en: enUi, es: esUi };

export const partWords: { readonly [L in Locale]: PartWords } = { en: enParts, es: esParts };
