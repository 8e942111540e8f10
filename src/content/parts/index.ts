import type { Locale } from '../../engine/types';
import type { PartWords } from '../types';
import { en } from './en';
import { es } from './es';

// Imported only by ui/part-words.ts, which only the lazy parts import: never on the first screen.
export const partWords: { readonly [L in Locale]: PartWords } = { en, es };
