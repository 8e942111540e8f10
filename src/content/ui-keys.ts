// The widget's own wording (buttons, headings, step titles). Site owners may override any key
// per locale through `copy` in the config; the keys here are the complete, checked list.
// `{n}`, `{total}` and `{name}` are filled in by the widget.
export const UI_KEYS = [
  'introTitle',
  'introBody',
  /** The three moves of the quiz, listed on the intro. */
  'introStep1',
  'introStep2',
  'introStep3',
  'introTime',
  'privacy',
  /** Replaces `privacy` when the owner turned on analytics: the statement must stay true. */
  'privacyAnalytics',
  'start',
  'next',
  'back',
  'seeResult',
  'restart',
  /** Progress text, e.g. "Step 2 of 3". */
  'progress',
  'areasTitle',
  'areasLegend',
  'areasHelp',
  'areasError',
  'appearanceTitle',
  'appearanceError',
  /** Which area of how many, when the "when" question shows one area at a time. */
  'appearanceCount',
  'safetyTitle',
  'safetyLegend',
  'safetyHelp',
  'safetyNone',
  'safetyError',
  'safetyAgeError',
  'resultTitle',
  /** Announced to screen readers when the result appears. */
  'resultReady',
  'resultAreas',
  /** Per-area treatment line on the result, e.g. "Suggested: Hyaluronic-acid filler". */
  'suggested',
  'cautionsTitle',
  /** Heading of a not-now result's next steps (wait, heal, talk with a parent and doctor). */
  'notNowTitle',
  'risksTitle',
  'errorTitle',
  'errorBody',
] as const;

export type UiKey = (typeof UI_KEYS)[number];
export type UiStrings = { readonly [K in UiKey]: string };
