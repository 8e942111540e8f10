import { es as quiz } from './quiz/es';
import { es as result } from './result/es';
import type { MedicalStrings } from './types';

// Every word of the product in this locale, for the CLI and `recommend()`. The widget loads the
// two halves apart: the quiz words with the first screen, the result words with the result.
export const es: MedicalStrings = { ...quiz, ...result };
