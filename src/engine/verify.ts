import { areaRuleMatches, matching, safetyRuleMatches, winners } from './decide';
import { APPEARANCES, AREA_IDS, SAFETY_FLAGS, type Appearance, type AreaId, type Ruleset, type HitPolicy, type SafetyFlag, type Table, type Treatment } from './types';

export type Problem =
  | { readonly kind: 'gap'; readonly area: AreaId; readonly appearance: Appearance }
  | { readonly kind: 'conflict'; readonly table: 'areas' | 'safety'; readonly hitPolicy: HitPolicy; readonly rules: readonly string[]; readonly cell: string }
  | { readonly kind: 'dead'; readonly table: 'areas' | 'safety'; readonly rule: string }
  | { readonly kind: 'duplicate-id'; readonly rule: string };

/**
 * Every combination of safety answers that can make a difference: the subsets of the flags the
 * safety rules name. A flag no rule names changes no match, so the 2^12 answer combinations
 * fold onto these (2^8 = 256 for the default rules).
 */
function flagSubsets(rules: Ruleset): SafetyFlag[][] {
  const named = SAFETY_FLAGS.filter((f) => rules.safety.rules.some((r) => r.flags.includes(f)));
  return Array.from({ length: 1 << named.length }, (_, mask) => named.filter((_, i) => mask & (1 << i)));
}

/** Under `unique` every matching rule counts as used; under `first` only the winner; under `priority` the strongest ones. */
function decidingRules<R extends { readonly treatment: Treatment }>(table: Table<R>, hits: readonly R[]): readonly R[] {
  return table.hitPolicy === 'unique' ? hits : winners(table, hits);
}

/** More than one match under `unique`, or equally strong rules that disagree under `priority`. */
function clashes<R extends { readonly treatment: Treatment }>(table: Table<R>, hits: readonly R[], used: readonly R[]): boolean {
  if (table.hitPolicy === 'unique') return hits.length > 1;
  return table.hitPolicy === 'priority' && new Set(used.map((r) => r.treatment)).size > 1;
}

/** The appearances a visitor can give for an area: the ones it asks, and `not-sure` (also what any other counts as). */
function reachable(rules: Ruleset, area: AreaId): Appearance[] {
  const asked = rules.questions[area] ?? [];
  return APPEARANCES.filter((a) => a === 'not-sure' || asked.includes(a));
}

/**
 * Enumerates the whole answer space (area x appearance it can be given x safety combination)
 * and reports cells no rule covers, cells where a `unique` table has more than one match or a
 * `priority` table has rules of equal strength that disagree, and rules that never decide any
 * cell (under `first`, a rule always shadowed by earlier ones).
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
    problems.push({ kind: 'conflict', table, hitPolicy: rules[table].hitPolicy, rules: hits.map((r) => r.id), cell });
  };
  const firedArea = new Set<string>();
  const firedSafety = new Set<string>();
  // Safety rules see only the area's treatment and the flags, so each treatment the area table
  // gives is checked against every flag combination once, at the first cell that gives it.
  const firstCellOf = new Map<Treatment, string>();
  for (const area of AREA_IDS) {
    for (const appearance of reachable(rules, area)) {
      const hits = matching(rules.areas, areaRuleMatches(area, appearance));
      const [winner] = hits;
      if (!winner) {
        problems.push({ kind: 'gap', area, appearance });
        continue;
      }
      const used = decidingRules(rules.areas, hits);
      if (clashes(rules.areas, hits, used)) conflict('areas', used, `${area} / ${appearance}`);
      for (const r of used) firedArea.add(r.id);
      if (!firstCellOf.has(winner.treatment)) firstCellOf.set(winner.treatment, `${area} / ${appearance}`);
    }
  }
  const subsets = flagSubsets(rules);
  for (const [treatment, cell] of firstCellOf) {
    for (const flags of subsets) {
      const safe = matching(rules.safety, safetyRuleMatches(flags, treatment));
      const won = decidingRules(rules.safety, safe);
      for (const r of won) firedSafety.add(r.id);
      const clash = clashes(rules.safety, safe, won);
      if (clash) conflict('safety', won, `${cell} / ${flags.join('+')}`);
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
      return `rules ${p.rules.map((r) => `"${r}"`).join(', ')} all match ${p.cell} ${p.hitPolicy === 'priority' ? 'with equal priority but different treatments' : 'under hit policy "unique"'} (narrow them, or use "first")`;
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
