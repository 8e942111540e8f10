import * as v from 'valibot';
import { defaultRules } from '../engine/default-rules';
import type { AreaRule, Ruleset, SafetyRule } from '../engine/types';
import { problemMessage, problemPath, verify } from '../engine/verify';
import { uiCopyKeys } from '../content/ui';
import { configSchema, type Config, type Practice } from './schema';

/** One problem in the owner's config: `path: what is wrong (got …)`. */
export interface ConfigError {
  readonly path: string;
  readonly message: string;
}

export interface ResolvedConfig extends Omit<Config, 'rules' | 'practices'> {
  /** The verified ruleset in force: the owner's when it verifies clean, else the default. */
  readonly rules: Ruleset;
  /** Valid practices only; each invalid one is reported and left out. */
  readonly practices: readonly Practice[];
}

export interface Validation {
  readonly config: ResolvedConfig;
  readonly errors: readonly ConfigError[];
}

export const formatError = (e: ConfigError): string => `${e.path}: ${e.message}`;

type Key = string | number;

function pathOf(issue: v.BaseIssue<unknown>): Key[] {
  return (issue.path ?? []).map((p) => p.key as Key);
}

export function pathText(path: readonly Key[]): string {
  if (!path.length) return '(config)';
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let s: string;
  try {
    s = typeof value === 'string' ? JSON.stringify(value) : Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value);
  } catch {
    s = typeof value;
  }
  return s.length > 60 ? `${s.slice(0, 57)}…"` : s;
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  // Unknown keys of strict objects: the key is the problem, not its value.
  if (issue.expected === 'never') return `is not a setting here (check the spelling)`;
  return `${issue.message} (got ${describeValue(issue.input)})`;
}

/** Where to cut a bad value out so the rest still works: a bad practice drops only itself. */
function cutPath(path: readonly Key[]): readonly Key[] {
  if (path[0] === 'practices' && path.length >= 2) return path.slice(0, 2);
  if (path[0] === 'rules') return ['rules'];
  return path;
}

function removeAt(root: Record<string, unknown>, path: readonly Key[]): boolean {
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<Key, unknown>)[path[i] as Key];
  }
  const last = path[path.length - 1];
  if (last === undefined || node === null || typeof node !== 'object') return false;
  if (Array.isArray(node) && typeof last === 'number') node[last] = undefined;
  else delete (node as Record<Key, unknown>)[last];
  return true;
}

/** A plain deep copy that tolerates anything JSON.parse can make (and stops at silly depth). */
function copy(value: unknown, depth = 0): unknown {
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((x) => copy(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = copy((value as Record<string, unknown>)[k], depth + 1);
  return out;
}

function mergeRules(owner: NonNullable<Config['rules']>): Ruleset {
  const extend = owner.mode === 'extend';
  const pickTable = <R>(base: Ruleset['areas'] | Ruleset['safety'], given?: { hitPolicy?: 'unique' | 'first'; rules: R[] }) =>
    given
      ? { hitPolicy: given.hitPolicy ?? base.hitPolicy, rules: extend ? [...(base.rules as readonly R[]), ...given.rules] : given.rules }
      : base;
  return {
    areas: pickTable<AreaRule>(defaultRules.areas, owner.areas) as Ruleset['areas'],
    safety: pickTable<SafetyRule>(defaultRules.safety, owner.safety) as Ruleset['safety'],
  };
}

/**
 * Validates a site owner's config. Never throws. Every problem is reported with its exact
 * path; the bad part is left out and everything else still applies, so the quiz always works.
 */
export function validateConfig(input: unknown): Validation {
  const errors: ConfigError[] = [];
  if (input === undefined || input === null) return { config: { rules: defaultRules, practices: [] }, errors };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { config: { rules: defaultRules, practices: [] }, errors: [{ path: '(config)', message: `must be a JSON object of settings (got ${describeValue(input)})` }] };
  }
  const working = copy(input);
  let parsed: Config = {};
  for (let round = 0; round < 20; round++) {
    const result = v.safeParse(configSchema, working);
    if (result.success) {
      parsed = result.output;
      break;
    }
    if (round === 0) {
      for (const issue of result.issues) {
        const path = pathText(pathOf(issue));
        // One line per place: a value failing several checks needs one fix, said once.
        if (!errors.some((e) => e.path === path)) errors.push({ path, message: messageOf(issue) });
      }
    }
    const root = working as Record<string, unknown>;
    let removed = false;
    for (const issue of result.issues) removed = removeAt(root, cutPath(pathOf(issue))) || removed;
    if (Array.isArray(root.practices)) root.practices = root.practices.filter((p) => p !== undefined);
    if (!removed) break;
  }

  const practices: Practice[] = [];
  const seen = new Set<string>();
  (parsed.practices ?? []).forEach((p) => {
    if (seen.has(p.id)) {
      errors.push({ path: `practices (id "${p.id}")`, message: `id is used by another practice; ids must be unique (got ${describeValue(p.id)})` });
      return;
    }
    seen.add(p.id);
    practices.push(p);
  });

  const copyOut: Config['copy'] = {};
  for (const [locale, entries] of Object.entries(parsed.copy ?? {})) {
    const kept: Record<string, string> = {};
    for (const [key, value] of Object.entries(entries ?? {})) {
      if (uiCopyKeys.has(key)) kept[key] = value;
      else errors.push({ path: `copy.${locale}.${key}`, message: `is not a wording key (check the spelling; see the README for the list)` });
    }
    (copyOut as Record<string, Record<string, string>>)[locale] = kept;
  }

  let rules = defaultRules;
  if (parsed.rules) {
    const candidate = mergeRules(parsed.rules);
    const problems = verify(candidate);
    if (problems.length) {
      for (const p of problems) errors.push({ path: problemPath(p), message: problemMessage(p) });
      errors.push({ path: 'rules', message: 'the quiz uses its default rules until these problems are fixed' });
    } else rules = candidate;
  }

  const { rules: _r, practices: _p, copy: _c, ...rest } = parsed;
  return { config: { ...rest, ...(parsed.copy ? { copy: copyOut } : {}), rules, practices }, errors };
}
