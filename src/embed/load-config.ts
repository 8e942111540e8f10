import { describeValue } from '../guard/describe-value';
import { own } from '../guard/own';
import { formatError, validateConfig, type ResolvedConfig } from '../config/validate';
import { defaultConfig } from '../config/defaults';

// This file is the `settings` part (src/parts.ts): a page without settings never downloads it.
// Where the owner's settings come from, in order (later wins): the `config` URL, the inline
// JSON, then single settings given as attributes or mount options. Problems never stop the
// quiz: they are printed once, together, and the quiz runs on defaults for the bad parts.

export const FETCH_TIMEOUT_MS = 5000;

type Settings = Record<string, unknown>;

const isObject = (x: unknown): x is Settings => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Settings from a URL, or a problem line. Never throws; an abort (widget removed) is silent. */
export async function fetchConfig(url: string, signal: AbortSignal): Promise<{ settings?: unknown; problem?: string }> {
  const timeout = new AbortController();
  const onAbort = () => timeout.abort();
  signal.addEventListener('abort', onAbort);
  const timer = setTimeout(() => timeout.abort(), FETCH_TIMEOUT_MS);
  try {
    // No cookies: the config is public, and the widget never identifies the visitor.
    const res = await fetch(url, { signal: timeout.signal, credentials: 'omit', headers: { accept: 'application/json' } });
    if (!res.ok) return { problem: `config "${url}": could not be loaded (HTTP ${res.status})` };
    const text = await res.text();
    try {
      return { settings: JSON.parse(text) };
    } catch (e) {
      return { problem: `config "${url}": is not valid JSON (${(e as Error).message})` };
    }
  } catch (e) {
    if (signal.aborted) return {};
    const why = timeout.signal.aborted ? `no answer after ${FETCH_TIMEOUT_MS / 1000} s` : `could not be loaded (${(e as Error).message})`;
    return { problem: `config "${url}": ${why}` };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

export interface ConfigSource {
  /** Where it came from, for problem lines: 'config "/quiz.json"', 'inline config'. */
  readonly name: string;
  /** An object of settings, JSON text of one, or undefined when absent. */
  readonly value: unknown;
}

function report(problems: readonly string[]): void {
  if (problems.length) {
    console.error(`treatment-quiz: the quiz config has problems; it runs on its defaults for these parts:\n  ${problems.join('\n  ')}`);
  }
}

/** Hands over the config in force and the problem lines (also shown on local pages, see debug/). */
export type ConfigDone = (config: ResolvedConfig, problems: readonly string[]) => void;

function validate(merged: Settings, problems: string[]): ResolvedConfig {
  let config = defaultConfig();
  try {
    const checked = validateConfig(merged);
    config = checked.config;
    problems.push(...checked.errors.map(formatError));
  } catch (e) {
    problems.push(`the settings could not be checked (${(e as Error).message}); the quiz uses its default settings`);
  }
  report(problems);
  return config;
}

/**
 * Merges the sources (theme key by key) and validates the result. Prints one console.error
 * listing every problem as `path: message`, plus any `problems` found while loading (the list
 * gets the new ones too, for the debug panel).
 */
export function resolveConfig(sources: readonly ConfigSource[], problems: string[] = []): ResolvedConfig {
  let merged: Settings | undefined;
  for (const { name, value } of sources) {
    let settings = value;
    if (settings === undefined) continue;
    if (typeof settings === 'string') {
      try {
        settings = JSON.parse(settings);
      } catch (e) {
        problems.push(`${name}: is not valid JSON (${(e as Error).message})`);
        continue;
      }
    }
    if (!isObject(settings)) {
      problems.push(`${name}: must be a JSON object of settings (got ${describeValue(settings)})`);
      continue;
    }
    // Own keys only: `settings.theme` must not find a theme the host page put on Object.prototype.
    const given = own<Settings>(settings);
    const theme = isObject(merged?.theme) && isObject(given.theme) ? own(merged.theme, given.theme) : (given.theme ?? merged?.theme);
    merged = own<Settings>(merged, given, theme === undefined ? {} : { theme });
  }
  if (merged && Object.keys(merged).length) return validate(merged, problems);
  report(problems);
  return defaultConfig();
}

/**
 * The owner's settings: fetches the config URL (when there is one), then merges and validates
 * every source and hands over the config in force with the problem lines. Never throws; nothing
 * happens after `signal` aborts (the quiz was removed). A callback, not a returned promise:
 * telling the two apart would need the page's global Promise, which some pages replace.
 */
export function loadConfig(url: string | undefined, sources: (fetched?: unknown) => readonly ConfigSource[], signal: AbortSignal, done: ConfigDone): void {
  if (!url) {
    const problems: string[] = [];
    return done(resolveConfig(sources(), problems), problems);
  }
  void fetchConfig(url, signal).then(({ settings, problem }) => {
    if (signal.aborted) return;
    const problems = problem ? [`${problem}; the quiz uses its default settings`] : [];
    done(resolveConfig(sources(settings), problems), problems);
  });
}
