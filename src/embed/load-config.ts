import { describeValue } from '../guard/describe-value';
import { own } from '../guard/own';
import type { ResolvedConfig } from '../config/validate';
import { defaultRules } from '../engine/default-rules';

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

/**
 * The validator (valibot and the schema) is separate files, fetched only when there is a config
 * (the script-tag loader asks for all of them at once when the page's markup has settings).
 * One import, not several through Promise.all, which a host page may have replaced; and not a
 * second import of the schema: the bundler builds that module's namespace object with a for-in
 * loop, which a key the page added to Object.prototype breaks.
 */
export const loadValidator = () => import('../config/validate');

const DEFAULTS = own<ResolvedConfig>({ rules: defaultRules, practices: [] });

function report(problems: readonly string[]): void {
  if (problems.length) {
    console.error(`treatment-quiz: the quiz config has problems; it runs on its defaults for these parts:\n  ${problems.join('\n  ')}`);
  }
}

/** Hands over the config in force and the problem lines (also shown on local pages, see debug/). */
export type ConfigDone = (config: ResolvedConfig, problems: readonly string[]) => void;

async function validate(merged: Settings, problems: string[]): Promise<ResolvedConfig> {
  let config = DEFAULTS;
  try {
    const { validateConfig, formatError } = await loadValidator();
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
 * Merges the sources (theme key by key), validates the result and hands it to `done`. Prints one
 * console.error listing every problem as `path: message`, plus any `problems` found while
 * loading. With no settings at all `done` runs at once (and the validator is never downloaded);
 * otherwise once the validator file has loaded. A callback, not a returned promise: telling the
 * two apart would need the page's global Promise, which some pages replace.
 */
export function resolveConfig(sources: readonly ConfigSource[], done: ConfigDone, problems: string[] = []): void {
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
  if (merged && Object.keys(merged).length) return void validate(merged, problems).then((config) => done(config, problems));
  report(problems);
  done(DEFAULTS, problems);
}
