import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/engine/default-rules';
import { appearanceOptions, areasNeedingAppearance, needsAppearance } from '../../src/engine/needs-question';
import { AREA_IDS } from '../../src/engine/types';
import { ruleset } from '../helpers/arbitraries';

describe('which areas need the "when do you see it" question', () => {
  it('asks for the upper face, lip lines, marionette lines and the chin under the default rules', () => {
    expect(areasNeedingAppearance([...AREA_IDS], defaultRules)).toEqual(['forehead', 'frown-lines', 'crows-feet', 'lip-lines', 'marionette-lines', 'chin']);
  });

  it('does not ask for areas whose treatment never depends on the answer', () => {
    for (const area of ['cheeks', 'temples', 'under-eyes', 'lips', 'nasolabial-folds', 'jawline', 'masseter', 'neck-bands'] as const) {
      expect(needsAppearance(area, defaultRules)).toBe(false);
      expect(appearanceOptions(area, defaultRules)).toEqual([]);
    }
  });

  it('asks a chin about dimpling and volume, never about lines at rest', () => {
    expect(appearanceOptions('chin', defaultRules)).toEqual(['with-expression', 'lost-volume', 'not-sure']);
  });

  it('keeps the order given and drops duplicates', () => {
    expect(areasNeedingAppearance(['lip-lines', 'cheeks', 'forehead', 'lip-lines'], defaultRules)).toEqual(['lip-lines', 'forehead']);
  });

  it('asks exactly the areas whose rules declare options, for any ruleset', () => {
    fc.assert(
      fc.property(ruleset(), fc.subarray([...AREA_IDS]), (rules, areas) => {
        expect(areasNeedingAppearance(areas, rules)).toEqual(areas.filter((a) => rules.questions[a].length > 0));
      }),
      { numRuns: 200 },
    );
  });
});
