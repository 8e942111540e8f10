import type { Locale } from '../engine/types';

// The widget's own wording (buttons, headings, step titles). Site owners may override any key
// per locale through `copy` in the config; the keys here are the complete, checked list.
// `{n}`, `{total}` and `{name}` are filled in by the widget.
export interface UiStrings {
  readonly introTitle: string;
  readonly introBody: string;
  /** The three moves of the quiz, listed on the intro. */
  readonly introStep1: string;
  readonly introStep2: string;
  readonly introStep3: string;
  readonly introTime: string;
  readonly privacy: string;
  /** Replaces `privacy` when the owner turned on analytics: the statement must stay true. */
  readonly privacyAnalytics: string;
  readonly start: string;
  readonly next: string;
  readonly back: string;
  readonly seeResult: string;
  readonly restart: string;
  /** Progress text, e.g. "Step 2 of 3". */
  readonly progress: string;
  readonly areasTitle: string;
  readonly areasLegend: string;
  readonly areasHelp: string;
  readonly areasError: string;
  readonly appearanceTitle: string;
  readonly appearanceError: string;
  /** Which area of how many, when the "when" question shows one area at a time. */
  readonly appearanceCount: string;
  readonly safetyTitle: string;
  readonly safetyLegend: string;
  readonly safetyHelp: string;
  readonly safetyNone: string;
  readonly safetyError: string;
  readonly safetyAgeError: string;
  readonly resultTitle: string;
  /** Announced to screen readers when the result appears. */
  readonly resultReady: string;
  readonly resultAreas: string;
  /** Per-area treatment line on the result, e.g. "Suggested: Hyaluronic-acid filler". */
  readonly suggested: string;
  readonly cautionsTitle: string;
  /** Heading of a not-now result's next steps (wait, heal, talk with a parent and doctor). */
  readonly notNowTitle: string;
  readonly risksTitle: string;
  readonly errorTitle: string;
  readonly errorBody: string;
}

export const ui: { readonly [L in Locale]: UiStrings } = {
  en: {
    introTitle: 'Botox or filler? Find out in about a minute',
    introBody: 'Pick the areas that bother you and tell us when you notice them. We explain which treatment fits and why.',
    introStep1: 'Choose the areas of your face that bother you.',
    introStep2: 'Say when you notice them: moving, at rest, or as lost volume.',
    introStep3: 'Get a suggestion with the reasons, and find a provider near you.',
    introTime: 'About 1 minute · up to 3 short questions',
    privacy: 'Your answers stay in this browser. Nothing is sent anywhere.',
    privacyAnalytics: 'Your answers stay in this browser. This site counts which treatment is suggested, never your health answers.',
    start: 'Start the quiz',
    next: 'Next',
    back: 'Back',
    seeResult: 'See my result',
    restart: 'Start over',
    progress: 'Step {n} of {total}',
    areasTitle: 'Which areas bother you?',
    areasLegend: 'Face areas',
    areasHelp: 'Choose one or more. You can tap the face or use the list.',
    areasError: 'Choose at least one area to continue.',
    appearanceTitle: 'When do you notice it?',
    appearanceError: 'Choose an answer for each area. "I\'m not sure" is fine.',
    appearanceCount: '({n} of {total})',
    safetyTitle: 'A few health questions',
    safetyLegend: 'Do any of these apply to you?',
    safetyHelp: 'These change what is safe for you. They stay on this device and are never sent.',
    safetyNone: 'None of these apply to me',
    safetyError: 'Choose the ones that apply, or "None of these apply to me".',
    safetyAgeError: 'Choose your age.',
    resultTitle: 'Your result',
    resultReady: 'Your result is ready: {name}',
    resultAreas: 'Area by area',
    suggested: 'Suggested: {name}',
    cautionsTitle: 'Before you book',
    notNowTitle: 'What to do instead',
    risksTitle: 'Risks to know',
    errorTitle: 'Something went wrong',
    errorBody: 'The quiz stopped working. Please reload the page to try again.',
  },
  es: {
    introTitle: '¿Botox o relleno? Descúbralo en un minuto',
    introBody: 'Elija las zonas que le molestan y díganos cuándo las nota. Le explicamos qué tratamiento encaja y por qué.',
    introStep1: 'Elija las zonas de su cara que le molestan.',
    introStep2: 'Díganos cuándo las nota: al moverse, en reposo o como pérdida de volumen.',
    introStep3: 'Reciba una sugerencia con sus razones y encuentre un profesional cerca.',
    introTime: 'Alrededor de 1 minuto · hasta 3 preguntas cortas',
    privacy: 'Sus respuestas se quedan en este navegador. No se envía nada.',
    privacyAnalytics: 'Sus respuestas se quedan en este navegador. Este sitio cuenta qué tratamiento se sugiere, nunca sus respuestas de salud.',
    start: 'Empezar el cuestionario',
    next: 'Siguiente',
    back: 'Atrás',
    seeResult: 'Ver mi resultado',
    restart: 'Empezar de nuevo',
    progress: 'Paso {n} de {total}',
    areasTitle: '¿Qué zonas le molestan?',
    areasLegend: 'Zonas de la cara',
    areasHelp: 'Elija una o varias. Puede tocar la cara o usar la lista.',
    areasError: 'Elija al menos una zona para continuar.',
    appearanceTitle: '¿Cuándo lo nota?',
    appearanceError: 'Elija una respuesta para cada zona. "No estoy seguro/a" también vale.',
    appearanceCount: '({n} de {total})',
    safetyTitle: 'Unas preguntas de salud',
    safetyLegend: '¿Alguna de estas situaciones es su caso?',
    safetyHelp: 'Cambian lo que es seguro para usted. Se quedan en este dispositivo y nunca se envían.',
    safetyNone: 'Ninguna es mi caso',
    safetyError: 'Marque las que sean su caso, o "Ninguna es mi caso".',
    safetyAgeError: 'Elija su edad.',
    resultTitle: 'Su resultado',
    resultReady: 'Su resultado está listo: {name}',
    resultAreas: 'Zona por zona',
    suggested: 'Sugerido: {name}',
    cautionsTitle: 'Antes de pedir cita',
    notNowTitle: 'Qué hacer mientras tanto',
    risksTitle: 'Riesgos que debe conocer',
    errorTitle: 'Algo salió mal',
    errorBody: 'El cuestionario dejó de funcionar. Vuelva a cargar la página para intentarlo de nuevo.',
  },
};

export const uiCopyKeys: ReadonlySet<string> = new Set(Object.keys(ui.en));
