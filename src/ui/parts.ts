import type { Locale } from '../engine/types';
import type { QuizWords, ResultWords } from '../content/types';
import type { UiStrings } from '../content/ui-keys';
import type { AppProps, StepProps } from './app-props';
import type { FaceMapProps } from './face-map/props';
import type { LauncherProps } from './launcher/Launcher';
import { lazy, part, usePart, type Part } from './lazy';
import type { ResultSlotProps } from './slots';
import type { Step } from './steps';
import { useWords } from './strings';

// Every part of the widget the UI loads later, in one place: the parts themselves, and when
// each loads, are declared in src/parts.ts (the build checks that every `import()` here is one).

// Words, per language: only the visitor's are downloaded.
/** The widget's own wording (intro, buttons, headings): before the first paint. */
export const uiWords: { readonly [L in Locale]: Part<UiStrings> } = {
  en: part(() => import('../content/ui/en').then((m) => m.words)),
  es: part(() => import('../content/ui/es').then((m) => m.words)),
};

/** What the questions say (areas, "when" options, health questions): right after the first paint. */
export const quizWords: { readonly [L in Locale]: Part<QuizWords> } = {
  en: part(() => import('../content/quiz/en').then((m) => m.words)),
  es: part(() => import('../content/quiz/es').then((m) => m.words)),
};

/** The result page's words of each language, fetched on the last question. */
export const resultWords: { readonly [L in Locale]: Part<ResultWords> } = {
  en: part(() => import('../content/result/en').then((m) => m.words)),
  es: part(() => import('../content/result/es').then((m) => m.words)),
};

// The questions after the intro: one file, fetched while the visitor reads the intro.
export const AreasStep = lazy<StepProps>(() => import('./AreasStep').then((m) => m.AreasStep));
export const AppearanceStep = lazy<StepProps>(() => import('./AppearanceStep').then((m) => m.AppearanceStep));
export const SafetyStep = lazy<StepProps>(() => import('./SafetyStep').then((m) => m.SafetyStep));

/** The face drawing of the areas step. If it cannot load the box stays empty: the list still works. */
export const FaceDrawing = lazy<FaceMapProps>(() =>
  import('./face-map/FaceDrawing').then(
    (m) => m.FaceDrawing,
    (e: unknown) => {
      console.warn('treatment-quiz: could not load the face map; the list of areas still works', e);
      return () => null;
    },
  ),
);

/** While the visitor reads the intro: the questions and the face drawing. */
export function preloadSteps(): void {
  void AreasStep.preload().catch(() => {});
  void FaceDrawing.preload();
}

export const Result = lazy<AppProps>(() => import('./Result').then((m) => m.Result));
export const Practices = lazy<ResultSlotProps>(() => import('./practices/Practices').then((m) => m.Practices));
export const Share = lazy<ResultSlotProps>(() => import('./share/Share').then((m) => m.Share));
/** Only on a result page of a site that configured `leads`. */
export const LeadForm = lazy<ResultSlotProps>(() => import('./leads/LeadForm').then((m) => m.LeadForm));
/** The comparison alone, for a shared link (?tq=compare). */
export const SharedComparison = lazy<Record<string, never>>(() => import('./Comparison').then((m) => m.SharedComparison));
/** Only on pages in launcher mode. */
export const Launcher = lazy<LauncherProps>(() => import('./launcher/Launcher').then((m) => m.Launcher));

/** On the last question: the result page, its words and its parts, so they are there when the visitor is. */
export function preloadResult(locale: Locale): void {
  for (const p of [Result.preload, resultWords[locale], Practices.preload, Share.preload]) void p().catch(() => {});
}

/** The owner-colour checks: only for a page that sets colours. */
export const theme = part(() => import('./theme'));

/** The result page's words in the visitor's language: undefined until they arrive. */
export const useResultWords = (): ResultWords | undefined => usePart(resultWords[useWords().locale]);

/**
 * What the first render of `step` needs: the widget's wording, and for a returning visitor the
 * part of the step they are on (it is the first thing they see, and must not flash empty).
 * Resolves with the wording once all of it has arrived (a failed part reaches the step's error
 * boundary); undefined when everything is here already, so the quiz can show at once.
 */
export function partsFor(step: Step, locale: Locale): Promise<UiStrings> | undefined {
  const parts: Part<unknown>[] = [uiWords[locale]];
  if (step !== 'intro') parts.push(quizWords[locale], step === 'result' ? Result.preload : AreasStep.preload);
  if (step === 'result') parts.push(resultWords[locale]);
  if (parts.every((p) => p.ready())) return undefined;
  // One after the other, all already on their way: not through the page's Promise.all, which some pages replace.
  const started = parts.map((p) => p().catch(() => {}));
  return started.reduce((all, next) => all.then(() => next)).then(() => uiWords[locale]());
}
