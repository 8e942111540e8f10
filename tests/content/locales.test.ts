import { describe, expect, it } from 'vitest';
import { medical } from '../../src/content/locales';
import { SOURCE_KINDS, sources } from '../../src/content/sources';
import { defaultRules } from '../../src/engine/default-rules';
import { DEFAULT_RULE_IDS } from '../../src/engine/default-rules';
import { APPEARANCES, AREA_IDS, LOCALES, SAFETY_FLAGS, TREATMENTS } from '../../src/engine/types';

const { en, es } = medical;

/** Every string leaf of a nested object, by dotted path. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [[path, value]];
}

// Text that may legitimately read the same in both languages: brand names are names.
const SAME_IN_EVERY_LANGUAGE = new Set(['comparison.rows.brands.neuromodulator']);

describe('medical content', () => {
  it('has a locale table for every locale', () => {
    expect(Object.keys(medical).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('fills every key with non-empty text in %s', (locale) => {
    for (const [path, text] of leaves(medical[locale])) {
      expect(typeof text, path).toBe('string');
      expect((text as string).trim(), path).not.toBe('');
    }
  });

  it.each(LOCALES)('has the same keys as English in %s, so nothing falls back silently', (locale) => {
    expect(leaves(medical[locale]).map(([p]) => p)).toEqual(leaves(en).map(([p]) => p));
  });

  it.each(LOCALES)('names every area, appearance, flag, treatment, rule and caution in %s', (locale) => {
    const m = medical[locale];
    expect(Object.keys(m.areas).sort()).toEqual([...AREA_IDS].sort());
    expect(Object.keys(m.appearances).sort()).toEqual([...APPEARANCES].sort());
    expect(Object.keys(m.flags).sort()).toEqual([...SAFETY_FLAGS].sort());
    expect(Object.keys(m.cautions).sort()).toEqual([...SAFETY_FLAGS].sort());
    expect(Object.keys(m.treatments).sort()).toEqual([...TREATMENTS].sort());
    expect(Object.keys(m.reasons).sort()).toEqual([...DEFAULT_RULE_IDS].sort());
  });

  it('translates every Spanish text rather than copying the English', () => {
    const spanish = new Map(leaves(es));
    for (const [path, text] of leaves(en)) {
      if (SAME_IN_EVERY_LANGUAGE.has(path)) continue;
      expect(spanish.get(path), path).not.toBe(text);
    }
  });

  it.each(LOCALES)('words only options an area asks, in %s', (locale) => {
    for (const [area, options] of Object.entries(medical[locale].appearancesFor)) {
      for (const option of Object.keys(options ?? {})) expect(defaultRules.questions[area as keyof typeof defaultRules.questions], `${area}.${option}`).toContain(option);
    }
  });

  it('never promises a result: "can restore", not "restores"', () => {
    for (const [path, text] of leaves(en)) expect(text, path).not.toMatch(/\b(restores|removes|erases|guarantee[sd]?|permanent results)\b/i);
  });

  it('says "neuromodulator (such as Botox)" rather than the brand as a generic word, and names trademarks', () => {
    expect(en.treatments.neuromodulator.name).toBe('Neuromodulator (such as Botox)');
    expect(es.treatments.neuromodulator.name).toBe('Neuromodulador (como Botox)');
    expect(en.comparison.trademarks).toMatch(/trademarks of their owners/);
    for (const [path, text] of leaves(en)) {
      if (path.startsWith('comparison.rows.brands') || path === 'comparison.trademarks') continue;
      // "Botox" appears only as the named product (Botox Cosmetic) or in "such as Botox".
      expect((text as string).replace(/Botox Cosmetic|such as Botox/g, ''), path).not.toMatch(/Botox/);
    }
  });

  it('names the serious risks and the warning signs in both languages', () => {
    expect(en.comparison.risks).toMatch(/swallowing, speaking or breathing/);
    expect(en.comparison.risks).toMatch(/vision loss or a stroke/);
    expect(en.comparison.risks).toMatch(/unusual pain, skin turning white or dark, or any change in your vision/);
    expect(es.comparison.risks).toMatch(/tragar, hablar o respirar/);
    expect(es.comparison.risks).toMatch(/pérdida de la vista o un derrame cerebral/);
  });

  it('avoids the Spanish that read wrong or too casual', () => {
    const spanish = leaves(es).map(([, text]) => text as string).join('\n');
    for (const bad of [/Ojeras hundidas/i, /No pasa nada/i, /deje un medicamento/i, /¿Le aplica/i]) expect(spanish).not.toMatch(bad);
    expect(es.areas['nasolabial-folds'].label).toMatch(/sonrisa.*nasogenianos/);
  });

  it('keeps the educational-not-advice disclaimer in both languages', () => {
    expect(en.disclaimer).toMatch(/not medical advice/);
    expect(es.disclaimer).toMatch(/no es un consejo médico/);
  });
});

describe('sources', () => {
  it('backs every comparison row and the risks line', () => {
    for (const row of [...Object.keys(en.comparison.rows), 'risks']) expect(sources, row).toHaveProperty([`comparison.${row}`]);
  });

  it('backs every caution', () => {
    for (const flag of SAFETY_FLAGS) expect(sources, flag).toHaveProperty([`cautions.${flag}`]);
  });

  it('backs the reasons, the disclaimer and the mirror check', () => {
    for (const key of ['reasons', 'disclaimer', 'mirrorCheck']) expect(sources).toHaveProperty([key]);
  });

  it('gives every source a claim and at least one reference', () => {
    for (const [key, source] of Object.entries(sources)) {
      expect(source.claim.trim(), key).not.toBe('');
      expect(source.refs.length, key).toBeGreaterThan(0);
    }
  });

  it('backs the FDA approval line of every area', () => {
    expect(sources).toHaveProperty(['areas.approval']);
  });

  it('cites only FDA labels, FDA communications and manufacturer announcements, never a clinic blog', () => {
    for (const [key, source] of Object.entries(sources)) {
      for (const ref of source.refs) {
        expect(SOURCE_KINDS, key).toContain(ref.kind);
        expect(ref.title, key).not.toMatch(/blog|clinic|medspa|healthline|realself|\.co\.uk|derm\.com|forum/i);
      }
    }
  });
});
