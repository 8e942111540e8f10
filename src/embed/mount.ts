import { effect } from '@preact/signals';
import { h, render } from 'preact';
import { defaultConfig } from '../config/defaults';
import { own } from '../guard/own';
import type { QuizMode } from '../config/modes';
import type { ResolvedConfig } from '../config/validate';
import { App } from '../ui/App';
import { Launcher, theme as themePart } from '../ui/parts';
import { uiWords } from '../ui/words';
import { partsFor } from '../ui/screens';
import { clearProgress, forgetProgress, keepProgress, loadProgress, saveProgress } from '../ui/persist';
import { createQuiz, type Progress } from '../ui/state';
import type { UiStrings } from '../content/ui-keys';
import type { Locale } from '../engine/types';
import { WordsContext, wordsFor } from '../ui/strings';
import { widgetCss } from '../ui/styles';
import { DEFAULT_THEME_CSS } from '../ui/theme/default-css';
import { createAnalytics, type AnalyticsOptions } from './analytics';
import { isDebugPage } from './debug/page';
import { createEmitter } from './events';
import type { ConfigSource } from './load-config';
import { pickLocale } from './locale';
import { debugPanel, leadDelivery, settings } from './parts';

export interface MountOptions extends AnalyticsOptions {
  /** "en" or "es" (a tag such as "es-MX" works); else config.locale, else <html lang>, else English. */
  readonly locale?: string;
  /** The config as an object, or its JSON text. */
  readonly config?: unknown;
  /** Where to fetch the config JSON; `config` settings win over it. */
  readonly configUrl?: string;
  /** Where to fetch practices (same as config.practicesUrl). */
  readonly practicesUrl?: string;
  /** Single theme settings (same as config.theme), e.g. { accent: "#1d6f5f" }. */
  readonly theme?: Readonly<Record<string, unknown>>;
  /** sessionStorage key for progress; defaults to one per page, element id or config URL, and locale. */
  readonly storageKey?: string;
  /** "inline" (the default) or "launcher": a floating button that opens the quiz in a dialog (same as config.mode). */
  readonly mode?: QuizMode;
}

export interface MountHandle {
  /**
   * Removes the quiz: its DOM, styles, listeners, pending requests and lead retries, and (unless
   * a quiz is mounted on the same element in the same task) the visitor's saved progress. Safe to call twice.
   */
  destroy(): void;
}

const mounted = new WeakMap<Element, MountHandle>();
// The progress keys an element's quizzes used (a locale change moves to another key).
const keysOf = new WeakMap<Element, Set<string>>();
let baseSheet: CSSStyleSheet | undefined;

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

/**
 * Renders the quiz into `element`'s (open) shadow root. Never throws into the host page: a
 * failure is printed and an inert handle returned. Mounting an element again replaces the quiz.
 */
export function mount(element: Element, options: MountOptions = {}): MountHandle {
  try {
    return start(element, options);
  } catch (e) {
    console.error('treatment-quiz: could not start the quiz', e);
    return { destroy() {} };
  }
}

function start(element: Element, given: MountOptions): MountHandle {
  // Own keys only (see config/own.ts): `options.onEvent` must be the owner's, never the page's.
  const options = own<MountOptions>(given);
  mounted.get(element)?.destroy();
  // Re-rendered or put back in the same task: the visitor keeps their place.
  const keys = keysOf.get(element) ?? new Set<string>();
  keysOf.set(element, keys);
  keys.forEach(keepProgress);
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  // One parsed copy of the widget CSS, shared by every quiz on the page.
  baseSheet ??= sheet(widgetCss);
  root.adoptedStyleSheets = [baseSheet];

  const aborter = new AbortController();
  let stop = () => {};
  let releaseLeads = () => {};
  let alive = true;

  const overrides: Record<string, unknown> = {};
  if (options.practicesUrl !== undefined) overrides.practicesUrl = options.practicesUrl;
  if (options.analytics !== undefined) overrides.analytics = options.analytics;
  if (options.mode !== undefined) overrides.mode = options.mode;
  if (options.theme && Object.keys(options.theme).length) overrides.theme = options.theme;

  const safely = (config: ResolvedConfig, themeSheet: string, problems: readonly string[]) => {
    if (!alive) return;
    const locale = pickLocale(options.locale, config.locale, element.ownerDocument.documentElement.lang);
    const key = options.storageKey ?? `treatment-quiz:${location.pathname}:${element.id || options.configUrl || ''}:${locale}`;
    const progress = loadProgress(key);
    const go = (words: UiStrings) => {
      if (!alive) return;
      try {
        present(config, themeSheet, problems, locale, key, progress, words);
      } catch (e) {
        console.error('treatment-quiz: could not start the quiz', e);
      }
    };
    // The words of the visitor's language (the loader fetched them with the entry), and the
    // part of the step a returning visitor is on, before the first render: nothing flashes.
    // When they are here already (a second quiz on the page), the quiz shows at once.
    const pending = partsFor(progress?.step ?? 'intro', locale, config.mode === 'launcher');
    if (!pending) return go(uiWords[locale].ready()!);
    pending.then(go, (e: unknown) => console.error('treatment-quiz: could not load the quiz; is the widget/ folder next to the script?', e));
  };

  // Owner colours need the contrast checks (a separate file); the default theme does not.
  const show = (config: ResolvedConfig, problems: readonly string[]) => {
    const theme = config.theme;
    if (!theme) return safely(config, DEFAULT_THEME_CSS, problems);
    themePart()
      .then(
        (t) => {
          for (const warning of t.checkTheme(theme)) console.warn(`treatment-quiz: ${warning}`);
          return t.themeCss(theme);
        },
        (e: unknown) => {
          console.error('treatment-quiz: could not load the theme; the quiz uses its default colours', e);
          return DEFAULT_THEME_CSS;
        },
      )
      .then((css) => safely(config, css, problems));
  };

  const present = (config: ResolvedConfig, themeSheet: string, problems: readonly string[], locale: Locale, key: string, progress: Progress | undefined, words: UiStrings) => {
    const send = createEmitter(element, [createAnalytics({ analytics: config.analytics, onEvent: options.onEvent })]);
    // A destroyed quiz says nothing more, even if something still holds one of its nodes.
    const emit: typeof send = (name, detail) => alive && send(name, detail);
    const onError = (error: unknown) => {
      console.error('treatment-quiz: something went wrong inside the quiz', error);
      emit('error', { message: error instanceof Error ? error.message : String(error) });
    };
    root.adoptedStyleSheets = [baseSheet!, sheet(themeSheet)];

    keys.add(key);
    keepProgress(key);
    const quiz = createQuiz(config.rules, emit, progress);
    const stopSaving = effect(() => {
      const p = quiz.progress.value;
      if (p.step === 'intro' && !p.areas.length) clearProgress(key);
      else saveProgress(key, p);
    });
    const app = h(App, { quiz, config, locale, words, emit, onError });
    // The launcher sits outside App, so it gets the words context (its words, the owner's copy) here.
    const launcher = config.mode === 'launcher' && h(Launcher, { emit, placement: config.launcher, children: app });
    render(launcher ? h(WordsContext.Provider, { value: wordsFor(locale, words, config) }, launcher) : app, root);
    // Leads an earlier visit could not deliver go now (only when the owner opted in to leads;
    // loaded on demand, so sites without leads never download the delivery code).
    const leads = config.leads;
    if (leads)
      leadDelivery().then(
        (m) => void (alive && (releaseLeads = m.deliverWaitingLeads(leads.endpoint))),
        (e: unknown) => console.error('treatment-quiz: could not load lead delivery', e),
      );
    // On the owner's own screen (localhost, ?tq-debug) the problems also show above the quiz;
    // after the render, which would otherwise take a node it did not make out of the root.
    let hidePanel = () => {};
    if (problems.length && isDebugPage(location))
      debugPanel().then(
        (m) => void (alive && (hidePanel = m.showProblems(root, problems))),
        () => {},
      );
    stop = () => {
      stopSaving();
      hidePanel();
      render(null, root);
    };
  };

  const sources = (fetched?: unknown): ConfigSource[] => [
    { name: `config "${options.configUrl}"`, value: fetched },
    { name: 'inline config', value: options.config },
    { name: 'attributes', value: overrides },
  ];

  if (options.configUrl || options.config !== undefined || Object.keys(overrides).length) {
    // The owner's colours need their checks: fetched while the settings load, not after.
    themePart().catch(() => {});
    settings().then(
      // Checking the settings and the first render are two tasks, not one long one that keeps
      // the visitor's phone from answering a tap (a long config with many practices).
      (m) => alive && m.loadConfig(options.configUrl, sources, aborter.signal, (config, problems) => void setTimeout(() => show(config, problems))),
      (e: unknown) => {
        console.error('treatment-quiz: could not load the settings checks; the quiz uses its default settings', e);
        show(defaultConfig(), []);
      },
    );
  } else {
    // Without settings nothing more is needed than the words (the loader fetched them already).
    show(defaultConfig(), []);
  }

  const handle: MountHandle = {
    destroy() {
      if (!alive) return;
      alive = false;
      aborter.abort();
      try {
        releaseLeads();
        keys.forEach(forgetProgress);
        stop();
      } catch (e) {
        console.error('treatment-quiz: could not remove the quiz cleanly', e);
      }
      root.adoptedStyleSheets = [];
      if (mounted.get(element) === handle) mounted.delete(element);
    },
  };
  mounted.set(element, handle);
  return handle;
}
