import type { Locale } from '../../engine/types';
import type { QuizWords } from '../types';
import { en } from './en';
import { es } from './es';

export const quizWords: { readonly [L in Locale]: QuizWords } = { en, es };
