import type { FaceMapProps } from './face-map/props';
import type { LauncherProps } from './launcher/Launcher';
import { lazy, part } from './lazy';
import type { ResultSlotProps } from './slots';

// The UI's parts that load no part themselves: the face drawing, the result page's extras,
// the launcher and the colour checks (the words are in words.ts). The screens that do (the questions, the result)
// are in screens.ts, so no file imports a part that loads it back. src/parts.ts says when
// each part loads; the build checks every `import()` is one of its parts.

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
