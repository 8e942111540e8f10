import type { Locale } from '../engine/types';
import type { QuizWords, ResultWords } from '../content/types';
import type { UiStrings } from '../content/ui-keys';
import type { FaceMapProps } from './face-map/props';
import type { LauncherProps } from './launcher/Launcher';
import { lazy, part, usePart, type Part } from './lazy';
import type { ResultSlotProps } from './slots';
import { useWords } from './strings';

// The UI's parts that load no part themselves: words, the face drawing, the result page's
// extras, the launcher and the colour checks. The screens that do (the questions, the result)
// are in screens.ts, so no file imports a part that loads it back. src/parts.ts says when
// each part loads; the build checks every `import()` is one of its parts.

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

/** The result page's words: fetched on the last question. */
export const resultWords: { readonly [L in Locale]: Part<ResultWords> } = {
  en: part(() => import('../content/result/en').then((m) => m.words)),
  es: part(() => import('../content/result/es').then((m) => m.words)),
};

/** The result page's words in the visitor's language: undefined until they arrive. */
export const useResultWords = (): ResultWords | undefined => usePart(resultWords[useWords().locale]);

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

export const Practices = lazy<ResultSlotProps>(() => import('./practices/Practices').then((m) => m.Practices));
export const Share = lazy<ResultSlotProps>(() => import('./share/Share').then((m) => m.Share));
/** Only on a result page of a site that configured `leads`. */
export const LeadForm = lazy<ResultSlotProps>(() => import('./leads/LeadForm').then((m) => m.LeadForm));
/** Only on pages in launcher mode. */
export const Launcher = lazy<LauncherProps>(() => import('./launcher/Launcher').then((m) => m.Launcher));
/** The owner-colour checks: only for a page that sets colours. */
export const theme = part(() => import('./theme'));
