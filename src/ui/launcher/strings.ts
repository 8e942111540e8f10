import type { Locale } from '../../engine/types';

export interface LauncherStrings {
  /** The floating button, and the dialog's accessible name. */
  readonly open: string;
  readonly close: string;
}

export const launcherStrings: { readonly [L in Locale]: LauncherStrings } = {
  en: { open: 'Botox or filler? Take the 1-minute quiz', close: 'Close' },
  es: { open: '¿Botox o relleno? Haga el cuestionario de 1 minuto', close: 'Cerrar' },
};
