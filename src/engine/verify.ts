import { areaRuleMatches, matching, safetyRuleMatches } from './decide';
import { APPEARANCES, AREA_IDS, SAFETY_FLAGS, type Appearance, type AreaId, type Ruleset, type SafetyFlag, type Treatment } from './types';

export type Problem =
  | { readonly kind: 'gap'; readonly area: AreaId; readonly appearance: Appearance }
  | { readonly kind: 'conflict'; readonly table: 'areas' | 'safety'; readonly rules: readonly string[]; readonly cell: string }
  | { readonly kind: 'dead'; readonly table: 'areas' | 'safety'; readonly rule: string }
  | { readonly kind: 'duplicate-id'; readonly rule: string };

/** Every subset of the safety flags (2^6 = 64), so each combination a visitor can give is a cell. */
function flagSubsets(): SafetyFlag[][] {
  return Array.from({ length: 1 << SAFETY_FLAGS.length }, (_, mask) => SAFETY_FLAGS.filter((_, i) => mask & (1 << i)));
}

/**
 * Enumerates the whole answer space (area x appearance x safety combination) and reports
 * cells no rule covers, cells where a `unique` table has more than one match, and rules
 * that never decide any cell (under `first`, a rule always shadowed by earlier ones).
 */
export function verify(rules: Ruleset): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  for (const r of [...rules.areas.rules, ...rules.safety.rules]) {
    if (ids.has(r.id)) problems.push({ kind: 'duplicate-id', rule: r.id });
    ids.add(r.id);
  }
  const seenConflicts = new Set<string>();
  // One line per set of clashing rules, not one per cell: 64 flag subsets would drown the owner.
  const conflict = (table: 'areas' | 'safety', hits: readonly { id: string }[], cell: string) => {
    const key = table + hits.map((r) => r.id).join('|');
    if (seenConflicts.has(key)) return;
    seenConflicts.add(key);
    problems.push({ kind: 'conflict', table, rules: hits.map((r) => r.id), cell });
  };
  const firedArea = new Set<string>();
  const firedSafety = new Set<string>();
  // Safety rules see only the area's treatment and the flags, so each treatment the area table
  // gives is checked against every flag combination once, at the first cell that gives it.
  const firstCellOf = new Map<Treatment, string>();
  for (const area of AREA_IDS) {
    for (const appearance of APPEARANCES) {
      const hits = matching(rules.areas, areaRuleMatches(area, appearance));
      const winner = hits[0];
      if (!winner) {
        problems.push({ kind: 'gap', area, appearance });
        continue;
      }
      if (rules.areas.hitPolicy === 'unique' && hits.length > 1) {
        conflict('areas', hits, `${area} / ${appearance}`);
      }
      // Under `unique` every matching rule counts as used; under `first` only the winner does.
      for (const r of rules.areas.hitPolicy === 'unique' ? hits : [winner]) firedArea.add(r.id);
      if (!firstCellOf.has(winner.treatment)) firstCellOf.set(winner.treatment, `${area} / ${appearance}`);
    }
  }
  const subsets = flagSubsets();
  for (const [treatment, cell] of firstCellOf) {
    for (const flags of subsets) {
      const safe = matching(rules.safety, safetyRuleMatches(flags, treatment));
      for (const r of rules.safety.hitPolicy === 'unique' ? safe : safe.slice(0, 1)) firedSafety.add(r.id);
      if (rules.safety.hitPolicy === 'unique' && safe.length > 1) {
        conflict('safety', safe, `${cell} / ${flags.join('+')}`);
      }
    }
  }
  for (const r of rules.areas.rules) if (!firedArea.has(r.id)) problems.push({ kind: 'dead', table: 'areas', rule: r.id });
  for (const r of rules.safety.rules) if (!firedSafety.has(r.id)) problems.push({ kind: 'dead', table: 'safety', rule: r.id });
  return problems;
}

/** Where in the config a problem sits, for `path: message` lines. */
export function problemPath(p: Problem): string {
  return p.kind === 'gap' ? 'rules.areas' : p.kind === 'duplicate-id' ? 'rules' : `rules.${p.table}`;
}

/** What is wrong and what to do, in words a site owner can act on. */
export function problemMessage(p: Problem): string {
  switch (p.kind) {
    case 'gap':
      return `no rule covers area "${p.area}" seen "${p.appearance}" (add a rule for it)`;
    case 'conflict':
      return `rules ${p.rules.map((r) => `"${r}"`).join(', ')} all match ${p.cell} under hit policy "unique" (narrow them, or use "first")`;
    case 'dead':
      return `rule "${p.rule}" can never decide anything (earlier rules always win, or it matches nothing)`;
    case 'duplicate-id':
      return `rule id "${p.rule}" is used more than once (ids must be unique)`;
    default: {
      const never: never = p;
      return never;
    }
  }
}

export const describeProblem = (p: Problem): string => `${problemPath(p)}: ${problemMessage(p)}`;
