import type { Locale } from '../engine/types';

// The widget's own wording (buttons, headings, step titles). Site owners may override any key
// per locale through `copy` in the config; the keys here are the complete, checked list.
export interface UiStrings {
  readonly introTitle: string;
  readonly introBody: string;
  readonly start: string;
}

export const ui: { readonly [L in Locale]: UiStrings } = {
  en: {
    introTitle: 'Botox or filler? Find out in about a minute',
    introBody: 'Pick the areas that bother you and tell us when you notice them. We explain which treatment fits and why.',
    start: 'Start the quiz',
  },
  es: {
    introTitle: '¿Botox o relleno? Descúbralo en un minuto',
    introBody: 'Elija las zonas que le molestan y díganos cuándo las nota. Le explicamos qué tratamiento encaja y por qué.',
    start: 'Empezar el cuestionario',
  },
};

export const uiCopyKeys: ReadonlySet<string> = new Set(Object.keys(ui.en));
