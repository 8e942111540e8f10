import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaRuleMatches } from '../../src/engine/decide';
import { defaultRules } from '../../src/engine/default-rules';
import { APPEARANCES, AREA_IDS, treatmentPriority, type AreaId, type AreaRule, type Ruleset, type SafetyRule } from '../../src/engine/types';
import { describeProblem, verify, type Problem } from '../../src/engine/verify';
import { ruleset } from '../helpers/arbitraries';

const areaRules = defaultRules.areas.rules;
const withAreas = (rules: readonly AreaRule[], hitPolicy = defaultRules.areas.hitPolicy): Ruleset => ({ ...defaultRules, areas: { hitPolicy, rules } });
/** The appearances a visitor can give for an area: those it asks, and not-sure. */
const reachable = (rules: Ruleset, area: AreaId) => APPEARANCES.filter((a) => a === 'not-sure' || rules.questions[area].includes(a));
const cellsOf = (rule: AreaRule) =>
  AREA_IDS.flatMap((area) => reachable(defaultRules, area).filter((appearance) => areaRuleMatches(area, appearance)(rule)).map((appearance) => ({ area, appearance })));
const kinds = (problems: readonly Problem[]) => problems.map((p) => p.kind);

describe('verify', () => {
  it('finds nothing wrong with the default rules', () => {
    expect(verify(defaultRules)).toEqual([]);
  });

  it('reports every cell of a removed rule as a gap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: areaRules.length - 1 }), (i) => {
        const removed = areaRules[i]!;
        const problems = verify(withAreas(areaRules.filter((_, j) => j !== i)));
        expect(problems).toEqual(cellsOf(removed).map((cell) => ({ kind: 'gap', ...cell })));
      }),
    );
  });

  it('reports a conflict when a rule is duplicated under "unique"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: areaRules.length - 1 }), fc.integer({ min: 0, max: areaRules.length }), (i, at) => {
        const copy = { ...areaRules[i]!, id: 'copy' };
        const rules = [...areaRules.slice(0, at), copy, ...areaRules.slice(at)];
        const problems = verify(withAreas(rules));
        expect(kinds(problems)).toEqual(['conflict']);
        const [p] = problems;
        expect(p?.kind === 'conflict' && [...p.rules].sort()).toEqual([areaRules[i]!.id, 'copy'].sort());
      }),
    );
  });

  it('reports a rule added under "first" that earlier rules always beat as dead', () => {
    fc.assert(
      fc.property(fc.subarray([...AREA_IDS], { minLength: 1 }), fc.subarray([...APPEARANCES], { minLength: 1 }), (areas, given) => {
        // Always one cell a visitor can reach (not-sure), so the rule placed first decides something.
        const appearance = [...new Set([...given, 'not-sure' as const])];
        const shadowed: AreaRule = { id: 'shadowed', areas, appearance, treatment: 'consult-first', reason: { en: 'never' } };
        expect(verify(withAreas([...areaRules, shadowed], 'first'))).toEqual([{ kind: 'dead', table: 'areas', rule: 'shadowed' }]);
        // The same rule placed first decides its cells, so it is alive.
        const first = verify(withAreas([shadowed, ...areaRules], 'first'));
        expect(first.some((p) => p.kind === 'dead' && p.rule === 'shadowed')).toBe(false);
      }),
    );
  });

  it('reports a rule that matches nothing as dead', () => {
    const empty: AreaRule = { id: 'empty', areas: [], treatment: 'filler', reason: { en: 'x' } };
    expect(verify(withAreas([...areaRules, empty]))).toEqual([{ kind: 'dead', table: 'areas', rule: 'empty' }]);
  });

  it('reports a safety rule shadowed by an earlier one as dead', () => {
    const rules: Ruleset = {
      ...defaultRules,
      safety: {
        hitPolicy: 'first',
        rules: [...defaultRules.safety.rules, { id: 'late', flags: ['under-18'], treatment: 'consult-first', reason: { en: 'x' } }],
      },
    };
    expect(verify(rules)).toEqual([{ kind: 'dead', table: 'safety', rule: 'late' }]);
  });

  it('reports a safety rule for a treatment the area table never gives as dead', () => {
    const rules: Ruleset = {
      ...defaultRules,
      safety: { hitPolicy: 'first', rules: [...defaultRules.safety.rules, { id: 'odd', flags: ['blood-thinners'], treatments: ['consult-first'], treatment: 'filler', reason: { en: 'x' } }] },
    };
    expect(verify(rules)).toEqual([{ kind: 'dead', table: 'safety', rule: 'odd' }]);
  });

  it('reports overlapping safety rules under "unique" once per set of rules, not once per cell', () => {
    const rules: Ruleset = { ...defaultRules, safety: { ...defaultRules.safety, hitPolicy: 'unique' } };
    const problems = verify(rules);
    expect(problems.every((p) => p.kind === 'conflict' && p.table === 'safety')).toBe(true);
    const sets = problems.map((p) => (p.kind === 'conflict' ? p.rules.join('|') : ''));
    expect(new Set(sets).size).toBe(sets.length);
    expect(sets).toContain('safety-pregnancy|safety-under-18');
  });

  it('reports equally strong safety rules that disagree under "priority"', () => {
    const narrow: SafetyRule = { id: 'narrow-to-neuromodulator', flags: ['cold-sores'], treatments: ['combination'], treatment: 'neuromodulator' };
    const problems = verify({ ...defaultRules, safety: { ...defaultRules.safety, rules: [...defaultRules.safety.rules, narrow] } });
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'conflict', table: 'safety', rules: ['safety-neuromuscular-combination', 'narrow-to-neuromodulator'] }),
    ]);
  });

  it('lets a stronger safety rule win under "priority" wherever it stands in the table', () => {
    const reversed: Ruleset = { ...defaultRules, safety: { ...defaultRules.safety, rules: [...defaultRules.safety.rules].reverse() } };
    expect(verify(reversed)).toEqual([]);
  });

  it('reports a gap when an area asks an option no rule covers', () => {
    const asksMore: Ruleset = { ...defaultRules, questions: { ...defaultRules.questions, chin: ['with-expression', 'at-rest', 'not-sure'] } };
    expect(verify(asksMore)).toEqual([]); // chin at-rest is covered by chin-volume
    const noRuleForIt: Ruleset = { ...defaultRules, questions: { ...defaultRules.questions, masseter: ['at-rest', 'not-sure'] }, areas: { ...defaultRules.areas, rules: defaultRules.areas.rules.map((r) => (r.id === 'masseter' ? { ...r, appearance: ['not-sure' as const] } : r)) } };
    expect(verify(noRuleForIt)).toEqual([{ kind: 'gap', area: 'masseter', appearance: 'at-rest' }]);
  });

  it('reports a rule id used twice', () => {
    const twin = { ...defaultRules.safety.rules[1]!, id: 'upper-face-dynamic' };
    const problems = verify({ ...defaultRules, safety: { ...defaultRules.safety, rules: [...defaultRules.safety.rules.filter((_, i) => i !== 1), twin] } });
    expect(problems).toEqual([{ kind: 'duplicate-id', rule: 'upper-face-dynamic' }]);
  });

  it('agrees with a brute-force check of gaps, conflicts and dead area rules, for any ruleset', () => {
    fc.assert(
      fc.property(ruleset(), (rules) => {
        const problems = verify(rules);
        const gaps = new Set<string>();
        const clashes = new Set<string>();
        const alive = new Set<string>();
        for (const area of AREA_IDS) {
          for (const appearance of reachable(rules, area)) {
            const hits = rules.areas.rules.filter(areaRuleMatches(area, appearance));
            if (!hits.length) gaps.add(`${area}/${appearance}`);
            const top = Math.max(...hits.map((r) => treatmentPriority(r.treatment)));
            const winners = rules.areas.hitPolicy === 'unique' ? hits : rules.areas.hitPolicy === 'first' ? hits.slice(0, 1) : hits.filter((r) => treatmentPriority(r.treatment) === top);
            const clash = rules.areas.hitPolicy === 'unique' ? hits.length > 1 : rules.areas.hitPolicy === 'priority' && new Set(winners.map((r) => r.treatment)).size > 1;
            if (clash) clashes.add(winners.map((r) => r.id).join('|'));
            for (const r of winners) alive.add(r.id);
          }
        }
        const found = (kind: Problem['kind']) => problems.filter((p) => p.kind === kind);
        expect(new Set(found('gap').map((p) => p.kind === 'gap' && `${p.area}/${p.appearance}`))).toEqual(gaps);
        expect(new Set(found('conflict').flatMap((p) => (p.kind === 'conflict' && p.table === 'areas' ? [p.rules.join('|')] : [])))).toEqual(clashes);
        const dead = rules.areas.rules.filter((r) => !alive.has(r.id)).map((r) => r.id);
        expect(found('dead').flatMap((p) => (p.kind === 'dead' && p.table === 'areas' ? [p.rule] : []))).toEqual(dead);
      }),
      { numRuns: 200 },
    );
  });

  it('describes each problem as "path: message" a site owner can act on', () => {
    expect(describeProblem({ kind: 'gap', area: 'chin', appearance: 'at-rest' })).toBe('rules.areas: no rule covers area "chin" seen "at-rest" (add a rule for it)');
    expect(describeProblem({ kind: 'dead', table: 'safety', rule: 'x' })).toMatch(/^rules\.safety: rule "x" can never decide anything/);
    expect(describeProblem({ kind: 'conflict', table: 'areas', hitPolicy: 'unique', rules: ['a', 'b'], cell: 'chin / at-rest' })).toMatch(/^rules\.areas: rules "a", "b" all match chin \/ at-rest/);
    expect(describeProblem({ kind: 'duplicate-id', rule: 'a' })).toMatch(/^rules: rule id "a" is used more than once/);
  });
});
