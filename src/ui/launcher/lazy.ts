import { lazy } from '../lazy';
import type { LauncherProps } from './Launcher';

// Launcher mode's button, dialog, scroll lock, wording and styles are a separate file, fetched
// only by pages that use launcher mode: inline quizzes (the default) never download it.
export const Launcher = lazy<LauncherProps>(() => import('./Launcher').then((m) => m.Launcher));
