import { en as quiz } from './quiz/en';
import { en as result } from './result/en';
import type { MedicalStrings } from './types';

// Every word of the product in this locale, for the CLI and `recommend()`. The widget loads the
// two halves apart: the quiz words with the first screen, the result words with the result.
export const en: MedicalStrings = { ...quiz, ...result };
