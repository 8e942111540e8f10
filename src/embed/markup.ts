import type { Locale } from '../engine/types';
import { pickLocale } from './locale';
import { THEME_KEYS } from '../config/theme-keys';

// How a quiz is written in a page's markup: `<treatment-quiz …>` or `<div data-treatment-quiz
// data-…>`, with optional inline JSON settings in a child script. The element, the auto-mount
// and the classic-script loader all read it from here.

export const TAG = 'treatment-quiz';
/** Every attribute a quiz reads (prefixed `data-` on a div). */
export const ATTRIBUTES: readonly string[] = ['locale', 'config', 'practices', 'analytics', 'mode', ...THEME_KEYS];
export const DIVS = `[data-${TAG}]`;
const QUIZZES = [TAG, DIVS];

/** Matches a quiz that gives settings: any attribute but the locale, or inline JSON. */
export const WITH_SETTINGS = QUIZZES.flatMap((q) => [
  ...ATTRIBUTES.filter((a) => a !== 'locale').map((a) => `${q}[${q === TAG ? a : `data-${a}`}]`),
  `${q}>script[type="application/json"]`,
]).join();

/** The languages of the quizzes parsed so far (their `locale` attribute, else the page's). */
export function localesOf(doc: Document): Locale[] {
  const page = doc.documentElement.lang;
  const found = [...doc.querySelectorAll(QUIZZES.join())].map((el) => pickLocale(el.getAttribute('locale') ?? el.getAttribute('data-locale'), page));
  return [...new Set(found.length ? found : [pickLocale(page)])];
}
