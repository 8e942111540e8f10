import { LOCALES, type Locale } from '../engine/types';

/** "es-MX" -> "es"; anything the quiz does not speak -> undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((l) => l === base);
}

/** The first locale the quiz speaks, in order of preference, else English. */
export const pickLocale = (...tags: readonly (string | null | undefined)[]): Locale =>
  tags.map(toLocale).find((l) => l !== undefined) ?? 'en';
