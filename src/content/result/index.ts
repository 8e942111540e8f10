import type { Locale } from '../../engine/types';
import type { ResultWords } from '../types';
import { en } from './en';
import { es } from './es';

export const resultWords: { readonly [L in Locale]: ResultWords } = { en, es };
