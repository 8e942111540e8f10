import type { Locale } from '../engine/types';
import type { MedicalStrings } from './types';
import { en } from './en';
import { es } from './es';

export const medical: { readonly [L in Locale]: MedicalStrings } = { en, es };
