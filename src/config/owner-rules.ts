import { DEFAULT_RULE_IDS, defaultRules } from '../engine/default-rules';
import type { AreaRule, HitPolicy, Ruleset, SafetyRule, Table } from '../engine/types';
import { problemMessage, problemPath, verify, type Problem } from '../engine/verify';
import type { Config } from './schema';
import type { ConfigError } from './config-error';

// The site owner's own decision rules: merged with the product's, verified over the whole
// answer space, and every problem pointed at the rule in the config to edit.

export type OwnerRules = NonNullable<Config['rules']>;

/**
 * The ruleset in force for the owner's rules. `replace` (the default) swaps a whole table;
 * `extend` puts the owner's rules before the defaults and, unless told otherwise, decides with
 * `first`, so the owner's rules win where they match and the defaults cover every other cell.
 */
function mergeRules(owner: OwnerRules): Ruleset {
  const extend = owner.mode === 'extend';
  const pickTable = <R>(base: Table<R>, given?: { hitPolicy?: HitPolicy; rules: R[] }): Table<R> =>
    given
      ? extend
        ? { hitPolicy: given.hitPolicy ?? 'first', rules: [...given.rules, ...base.rules] }
        : { hitPolicy: given.hitPolicy ?? base.hitPolicy, rules: given.rules }
      : base;
  return {
    questions: { ...defaultRules.questions, ...owner.questions },
    areas: pickTable<AreaRule>(defaultRules.areas, owner.areas),
    safety: pickTable<SafetyRule>(defaultRules.safety, owner.safety),
  };
}

/** Config paths of the owner's rules by id, so a rule problem points at the rule to edit. */
function rulePaths(owner: OwnerRules): Map<string, string> {
  const paths = new Map<string, string>();
  for (const table of ['areas', 'safety'] as const) {
    // The last occurrence wins: for a duplicate id, the copy to rename is the later one.
    owner[table]?.rules.forEach((r, i) => paths.set(r.id, `rules.${table}.rules[${i}]`));
  }
  return paths;
}

function ruleErrors(owner: OwnerRules, problems: readonly Problem[]): ConfigError[] {
  const paths = rulePaths(owner);
  const defaults = new Set<string>(DEFAULT_RULE_IDS);
  return (
    problems
      // A default rule the owner's rules make unreachable (shadowed under `extend`, or a safety
      // rule for a treatment the owner's table never gives) is harmless, and not theirs to fix.
      .filter((p) => !(p.kind === 'dead' && defaults.has(p.rule) && !paths.has(p.rule)))
      .map((p) => {
        const ids = p.kind === 'conflict' ? p.rules : p.kind === 'gap' ? [] : [p.rule];
        const path = ids.map((id) => paths.get(id)).find((x) => x !== undefined) ?? problemPath(p);
        return { path, message: problemMessage(p) };
      })
  );
}

export const KEEPING_DEFAULT_RULES: ConfigError = { path: 'rules', message: 'the quiz uses its default rules until these problems are fixed' };

/** The owner's ruleset when it verifies clean; otherwise the problems, and the defaults stay. */
export function resolveOwnerRules(owner: OwnerRules): { readonly rules: Ruleset; readonly errors: readonly ConfigError[] } {
  const candidate = mergeRules(owner);
  const errors = ruleErrors(owner, verify(candidate));
  return { rules: errors.length ? defaultRules : candidate, errors };
}
