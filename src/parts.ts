import { LOCALES, type Locale } from './engine/types';

// The widget's parts: what a visitor downloads, and when. This list is the only place that
// says so. The build makes one file per part from it (and fails when a part's module is gone or
// code loads a module that is not a part), the classic-script loader fetches the first-screen
// parts from what the build wrote, `npm run size` adds the parts up into the three size
// figures, and the browser loading test checks each part arrives when this list says.
//
// Code loads a part with `import()` of its module, through `part()` or `lazy()` (src/ui/lazy.ts):
// the UI's in src/ui/parts.ts, screens.ts and words.ts, the embedding's in src/embed/parts.ts.

/**
 * When a part is downloaded:
 * - `first-screen`: before the first paint, fetched by the loader in parallel with the entry;
 * - `settings`: before the first paint too, but only on a page that gives settings (the
 *   validator and the owner-colour checks);
 * - `after-first-screen`: right after the first paint, while the visitor reads the intro;
 * - `before-result`: on the last question, so the result is there when the visitor is;
 * - `on-demand`: only on pages or visits that need it (launcher mode, leads, analytics, …).
 */
export const WHEN = ['first-screen', 'settings', 'after-first-screen', 'before-result', 'on-demand'] as const;
export type When = (typeof WHEN)[number];

export interface Part {
  readonly when: When;
  /** The module (from the project root) code loads with `import()`: it and what it alone imports are the part's file. */
  readonly module: string;
  /** Set on the words parts: the language they are for (only the visitor's is downloaded). */
  readonly locale?: Locale;
}

/** The widget's entry module: the loader imports it; it and its static imports are the first screen's code. */
export const ENTRY = 'src/embed/auto.ts';

const byLocale = (name: string, when: When, module: (l: Locale) => string) =>
  Object.fromEntries(LOCALES.map((locale) => [`${name}-${locale}`, { when, module: module(locale), locale }])) as Record<string, Part>;

export const PARTS: Readonly<Record<string, Part>> = {
  // The widget's own wording (intro, buttons, headings), in the visitor's language only.
  ...byLocale('words', 'first-screen', (l) => `src/content/ui/${l}.ts`),
  // The questions after the intro and their words: fetched while the visitor reads the intro.
  'areas-step': { when: 'after-first-screen', module: 'src/ui/AreasStep.tsx' },
  'appearance-step': { when: 'after-first-screen', module: 'src/ui/AppearanceStep.tsx' },
  'safety-step': { when: 'after-first-screen', module: 'src/ui/SafetyStep.tsx' },
  ...byLocale('quiz-words', 'after-first-screen', (l) => `src/content/quiz/${l}.ts`),
  'face-drawing': { when: 'after-first-screen', module: 'src/ui/face-map/FaceDrawing.tsx' },
  // Reading and checking the owner's settings (valibot and the schema), and the colour checks.
  settings: { when: 'settings', module: 'src/embed/load-config.ts' },
  theme: { when: 'settings', module: 'src/ui/theme/index.ts' },
  result: { when: 'before-result', module: 'src/ui/Result.tsx' },
  // The comparison: part of the result page, and alone for a shared link (?tq=compare).
  comparison: { when: 'before-result', module: 'src/ui/Comparison.tsx' },
  ...byLocale('result-words', 'before-result', (l) => `src/content/result/${l}.ts`),
  // The words of the result's parts (practices, sharing, lead form) and of launcher mode's button.
  ...byLocale('part-words', 'before-result', (l) => `src/content/parts/${l}.ts`),
  practices: { when: 'before-result', module: 'src/ui/practices/Practices.tsx' },
  share: { when: 'before-result', module: 'src/ui/share/Share.tsx' },
  launcher: { when: 'on-demand', module: 'src/ui/launcher/Launcher.tsx' },
  'lead-form': { when: 'on-demand', module: 'src/ui/leads/LeadForm.tsx' },
  // Delivers leads an earlier visit could not send (also part of the lead form).
  'lead-delivery': { when: 'on-demand', module: 'src/leads/deliver.ts' },
  analytics: { when: 'on-demand', module: 'src/embed/analytics-send.ts' },
  debug: { when: 'on-demand', module: 'src/embed/debug/panel.ts' },
  recommend: { when: 'on-demand', module: 'src/embed/recommend.ts' },
};

/** What the build hands the loader: the files to fetch before the first paint. */
export interface LoaderFiles {
  /** The entry first, then every file it imports. */
  readonly entry: readonly string[];
  /** Per language: the files of its first-screen words. */
  readonly words: { readonly [L in Locale]: readonly string[] };
  /** The `settings` parts' files, for a page that gives settings. */
  readonly settings: readonly string[];
}
