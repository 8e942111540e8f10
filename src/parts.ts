import { LOCALES, type Locale } from './engine/types';

// The widget's parts: what a visitor downloads, and when. This list is the only place that
// says so. The build makes one file per part from it (and fails when a part's module is gone or
// code loads a module that is not a part), the classic-script loader fetches the first-screen
// parts from what the build wrote, `npm run size` adds the parts up into the three size
// figures, and the browser loading test checks each part arrives when this list says.
//
// Code loads a part with `import()` of one of its modules, always through src/ui/lazy.ts.

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
  /** Source modules (from the project root) that make up the part's file. */
  readonly modules: readonly string[];
  /** Set on the words parts: the language they are for (only the visitor's is downloaded). */
  readonly locale?: Locale;
}

/** The widget's entry module: the loader imports it; it and its static imports are the first screen's code. */
export const ENTRY = 'src/embed/auto.ts';

const byLocale = (name: string, when: When, modules: (l: Locale) => readonly string[]) =>
  Object.fromEntries(LOCALES.map((locale) => [`${name}-${locale}`, { when, modules: modules(locale), locale }])) as Record<string, Part>;

export const PARTS: Readonly<Record<string, Part>> = {
  // The widget's own wording (intro, buttons, headings), in the visitor's language only.
  ...byLocale('words', 'first-screen', (l) => [`src/content/ui/${l}.ts`]),
  // The questions after the intro and their words: fetched while the visitor reads the intro.
  steps: { when: 'after-first-screen', modules: ['src/ui/AreasStep.tsx', 'src/ui/AppearanceStep.tsx', 'src/ui/SafetyStep.tsx'] },
  ...byLocale('quiz-words', 'after-first-screen', (l) => [`src/content/quiz/${l}.ts`]),
  'face-drawing': { when: 'after-first-screen', modules: ['src/ui/face-map/FaceDrawing.tsx'] },
  settings: { when: 'settings', modules: ['src/embed/load-config.ts', 'src/config/validate.ts'] },
  theme: { when: 'settings', modules: ['src/ui/theme/index.ts'] },
  // The result page; a shared link (?tq=compare) opens its comparison alone.
  result: { when: 'before-result', modules: ['src/ui/Result.tsx', 'src/ui/Comparison.tsx'] },
  ...byLocale('result-words', 'before-result', (l) => [`src/content/result/${l}.ts`]),
  // The words of the result's parts (practices, sharing, lead form) and of launcher mode's button.
  ...byLocale('part-words', 'before-result', (l) => [`src/content/parts/${l}.ts`]),
  practices: { when: 'before-result', modules: ['src/ui/practices/Practices.tsx'] },
  share: { when: 'before-result', modules: ['src/ui/share/Share.tsx'] },
  launcher: { when: 'on-demand', modules: ['src/ui/launcher/Launcher.tsx'] },
  // The lead form and the delivery of leads an earlier visit could not send.
  leads: { when: 'on-demand', modules: ['src/ui/leads/LeadForm.tsx', 'src/leads/deliver.ts'] },
  analytics: { when: 'on-demand', modules: ['src/embed/analytics-send.ts'] },
  debug: { when: 'on-demand', modules: ['src/embed/debug/panel.ts'] },
  recommend: { when: 'on-demand', modules: ['src/recommend.ts'] },
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
