import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../src/engine/default-rules';
import { areasNeedingAppearance, needsAppearance } from '../../src/engine/needs-question';
import { recommend } from '../../src/engine/recommend';
import { APPEARANCES, AREA_IDS, type AreaId } from '../../src/engine/types';
import { ruleset } from './arbitraries';

describe('which areas need the "when do you see it" question', () => {
  it('asks only for the upper face and lip lines under the default rules', () => {
    expect(areasNeedingAppearance([...AREA_IDS], defaultRules)).toEqual(['forehead', 'frown-lines', 'crows-feet', 'lip-lines']);
  });

  it('does not ask for areas that are filler whatever the answer', () => {
    for (const area of ['cheeks', 'temples', 'under-eyes', 'lips', 'nasolabial-folds', 'marionette-lines', 'chin', 'jawline'] as const) {
      expect(needsAppearance(area, defaultRules)).toBe(false);
    }
  });

  it('keeps the order given and drops duplicates', () => {
    expect(areasNeedingAppearance(['lip-lines', 'cheeks', 'forehead', 'lip-lines'], defaultRules)).toEqual(['lip-lines', 'forehead']);
  });

  it('agrees with asking recommend for every appearance, for any ruleset', () => {
    fc.assert(
      fc.property(ruleset(), fc.subarray([...AREA_IDS]), (rules, areas) => {
        const bruteForce = areas.filter((area: AreaId) => {
          const seen = new Set(APPEARANCES.map((appearance) => recommend({ areas: [area], appearance: { [area]: appearance } }, { rules }).areas[0]!.treatment));
          return seen.size > 1;
        });
        expect(areasNeedingAppearance(areas, rules)).toEqual(bruteForce);
      }),
      { numRuns: 300 },
    );
  });
});
