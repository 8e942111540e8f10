import type { Locale } from '../engine/types';
import type { UiStrings } from '../content/ui-keys';
import type { AppProps, StepProps } from './app-props';
import { lazy, type Part } from './lazy';
import { FaceDrawing, Practices, Share } from './parts';
import { partWords, quizWords, resultWords, uiWords } from './words';
import type { Step } from './steps';

// The screens after the intro, each a part (src/parts.ts) that loads parts of its own (parts.ts).

// The questions: a file each (with a shared one), fetched while the visitor reads the intro.
export const AreasStep = lazy<StepProps>(() => import('./AreasStep').then((m) => m.AreasStep));
export const AppearanceStep = lazy<StepProps>(() => import('./AppearanceStep').then((m) => m.AppearanceStep));
export const SafetyStep = lazy<StepProps>(() => import('./SafetyStep').then((m) => m.SafetyStep));
export const Result = lazy<Omit<AppProps, 'words'>>(() => import('./Result').then((m) => m.Result));
/** The comparison alone, for a shared link (?tq=compare); the result page imports it too. */
export const SharedComparison = lazy<Record<string, never>>(() => import('./Comparison').then((m) => m.SharedComparison));

const QUESTIONS = [AreasStep.preload, AppearanceStep.preload, SafetyStep.preload];

/** While the visitor reads the intro: the questions, their words and the face drawing. */
export function preloadSteps(locale: Locale): void {
  for (const p of [...QUESTIONS, quizWords[locale], FaceDrawing.preload]) p().catch(() => {});
}

/** On the last question: the result page, its words and its parts, so they are there when the visitor is. */
export function preloadResult(locale: Locale): void {
  for (const p of [Result.preload, resultWords[locale], partWords[locale], Practices.preload, Share.preload]) p().catch(() => {});
}

/**
 * What the first render of `step` needs: the widget's wording, and for a returning visitor the
 * part of the step they are on (it is the first thing they see, and must not flash empty).
 * Resolves with the wording once all of it has arrived (a failed part reaches the step's error
 * boundary); undefined when everything is here already, so the quiz can show at once.
 */
export function partsFor(step: Step, locale: Locale, launcher = false): Promise<UiStrings> | undefined {
  const parts: Part<unknown>[] = [uiWords[locale]];
  // Launcher mode's button says its words before anything else.
  if (launcher) parts.push(partWords[locale]);
  if (step !== 'intro') parts.push(quizWords[locale], ...(step === 'result' ? [Result.preload, resultWords[locale], partWords[locale]] : QUESTIONS));
  if (parts.every((p) => p.ready())) return undefined;
  // One after the other, all already on their way: not through the page's Promise.all, which some pages replace.
  const started = parts.map((p) => p().catch(() => {}));
  return started.reduce((all, next) => all.then(() => next)).then(() => uiWords[locale]());
}
