import * as v from 'valibot';
import type { ConfigError } from './config-error';
import { describeValue } from '../guard/describe-value';
import { defaultRules } from '../engine/default-rules';
import { defaultConfig as defaults, type ResolvedConfig } from './defaults';

export type { ResolvedConfig };
import { UI_KEYS } from '../content/ui-keys';
import { KEEPING_DEFAULT_RULES, resolveOwnerRules } from './owner-rules';
import { own } from '../guard/own';
import { ownCopy, ownOutput } from '../guard/own-copy';
import { PART_WORD_KEYS } from '../content/parts/keys';
import { allowedKeys } from './allowed-keys';
import type { PartName } from '../content/types';
import { configSchema, type Config, type Practice } from './schema';

export { describeValue };


export type { ConfigError };


export interface Validation {
  readonly config: ResolvedConfig;
  readonly errors: readonly ConfigError[];
}


export const formatError = (e: ConfigError): string => `${e.path}: ${e.message}`;

type Key = string | number;

function pathOf(issue: v.BaseIssue<unknown>): Key[] {
  return (issue.path ?? []).map((p) => p.key as Key);
}

/** `practices[0].url`; a key that would read ambiguously (empty, or with "." or "[") is quoted: `theme[""]`. */
export function pathText(path: readonly Key[]): string {
  if (!path.length) return '(config)';
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : k === '' || /[.[]/.test(k) ? `[${JSON.stringify(k)}]` : i ? `.${k}` : k)).join('');
}

/** The wording keys allowed where `path` (copy.<locale>.<key> or copy.<locale>.<part>.<key>) points. */
function wordingKeys(path: readonly Key[]): readonly string[] | undefined {
  if (path[0] !== 'copy') return undefined;
  if (path.length === 3) return [...UI_KEYS, ...Object.keys(PART_WORD_KEYS)];
  const part = path[2];
  return path.length === 4 && typeof part === 'string' && Object.prototype.hasOwnProperty.call(PART_WORD_KEYS, part) ? PART_WORD_KEYS[part as PartName] : undefined;
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  // Unknown keys of strict objects: valibot gives the key itself as the input.
  if (issue.expected === 'never') {
    const allowed = wordingKeys(pathOf(issue));
    if (allowed) return `is not a wording key; check the spelling. Allowed: ${allowedKeys(String(issue.input), allowed)} (got ${describeValue(issue.input)})`;
    return `is not a known setting; check the spelling (got ${describeValue(issue.input)})`;
  }
  return `${issue.message} (got ${describeValue(issue.input)})`;
}

/** Where to cut a bad value out so the rest still works: a bad practice drops only itself. */
function cutPath(path: readonly Key[]): readonly Key[] {
  if (path[0] === 'practices' && path.length >= 2) return path.slice(0, 2);
  if (path[0] === 'rules') return ['rules'];
  return path;
}

/**
 * Cuts the value at `path` out of `root`. An array item becomes a hole (so the other issues of
 * this round still point at the right items), and its array goes into `holed` to be closed up.
 */
function removeAt(root: Record<string, unknown>, path: readonly Key[], holed: Set<unknown[]>): boolean {
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<Key, unknown>)[path[i] as Key];
  }
  const last = path[path.length - 1];
  if (last === undefined || node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, last)) return false;
  if (Array.isArray(node) && typeof last === 'number') {
    node[last] = undefined;
    holed.add(node);
  } else delete (node as Record<Key, unknown>)[last];
  return true;
}

/**
 * Validates a site owner's config. Never throws. Every problem is reported with its exact
 * path; the bad part is left out and everything else still applies, so the quiz always works.
 */
export function validateConfig(input: unknown): Validation {
  try {
    return validate(input);
  } catch (e) {
    // Only reachable with values JSON cannot make (a throwing getter, a hostile Proxy).
    const got = e instanceof Error ? e.message : describeValue(e);
    return { config: defaults(), errors: [{ path: '(config)', message: `could not be read (got an error: ${got})` }] };
  }
}

function validate(input: unknown): Validation {
  const errors: ConfigError[] = [];
  if (input === undefined || input === null) return { config: defaults(), errors };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { config: defaults(), errors: [{ path: '(config)', message: `must be a JSON object of settings (got ${describeValue(input)})` }] };
  }
  const working = ownCopy(input) as Record<string, unknown>;
  // Where each practice sat in the owner's list, so later messages name the original index.
  const practiceIndex = new Map<unknown, number>(Array.isArray(working.practices) ? working.practices.map((p, i) => [p, i]) : []);
  let parsed: Config = {};
  let rulesRejected = false;
  // Each round cuts out what failed and parses again: valibot names only the first unknown key
  // of an object, so the next round finds the next one. A bad practice is cut whole in the
  // first round, so later rounds never shift practice indices in a message.
  for (let round = 0; round < 500; round++) {
    const result = v.safeParse(configSchema, working);
    if (result.success) {
      parsed = ownOutput(result.output, working);
      break;
    }
    for (const issue of result.issues) {
      const path = pathText(pathOf(issue));
      // One line per place: a value failing several checks needs one fix, said once.
      if (!errors.some((e) => e.path === path)) errors.push({ path, message: messageOf(issue) });
    }
    let removed = false;
    const holed = new Set<unknown[]>();
    for (const issue of result.issues) {
      const cut = cutPath(pathOf(issue));
      if (cut[0] === 'rules') rulesRejected = true;
      // A required key that is already gone (cut in an earlier round) takes its object with it:
      // leads without a privacy page stay off, and the other settings still apply.
      removed = removeAt(working, cut, holed) || (cut.length > 1 && removeAt(working, cut.slice(0, -1), holed)) || removed;
    }
    // Close the holes, or the next round finds the same item missing, forever: a bad share
    // network once took every other setting down with it.
    for (const list of holed) list.splice(0, list.length, ...list.filter((x) => x !== undefined));
    if (!removed) break;
  }
  if (rulesRejected) errors.push(KEEPING_DEFAULT_RULES);

  const practices: Practice[] = [];
  const firstById = new Map<string, number>();
  const kept = Array.isArray(working.practices) ? working.practices : [];
  (parsed.practices ?? []).forEach((p, i) => {
    const index = practiceIndex.get(kept[i]) ?? i;
    const first = firstById.get(p.id);
    if (first !== undefined) {
      errors.push({ path: `practices[${index}].id`, message: `is already the id of practices[${first}]; ids must be unique (got ${describeValue(p.id)})` });
      return;
    }
    firstById.set(p.id, index);
    practices.push(p);
  });

  let rules = defaultRules;
  if (parsed.rules) {
    const owner = resolveOwnerRules(parsed.rules);
    if (owner.errors.length) errors.push(...owner.errors, KEEPING_DEFAULT_RULES);
    else rules = owner.rules;
  }

  const { rules: _r, practices: _p, ...rest } = parsed;
  // Without a prototype, like every object in it: a setting the owner did not give reads as
  // undefined, whatever the host page added to Object.prototype (see own.ts).
  return { config: own<ResolvedConfig>(rest, { rules, practices }), errors };
}
