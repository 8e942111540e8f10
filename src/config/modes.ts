// The values of the owner's two mode settings, one list each: the config schema is built from
// them and the mount options and analytics are typed by them. No valibot here, so the widget's
// first screen can name them without loading the validator.

/** `mode`: in the page, or a floating button that opens the quiz in a dialog. */
export const QUIZ_MODES = ['inline', 'launcher'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

/** `analytics`: push events to window.dataLayer, or send nothing. */
export const ANALYTICS_MODES = ['datalayer', 'none'] as const;
export type AnalyticsMode = (typeof ANALYTICS_MODES)[number];
