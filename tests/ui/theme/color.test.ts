import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrast, luminance, parseHex, readableOn } from '../../../src/ui/theme/color';

describe('parseHex', () => {
  it('reads six- and three-digit hex colours, with or without #', () => {
    expect(parseHex('#1d6f5f')).toEqual([29, 111, 95]);
    expect(parseHex('#FD0')).toEqual([255, 221, 0]);
    expect(parseHex('ffffff')).toEqual([255, 255, 255]);
  });

  it('refuses anything that is not a hex colour', () => {
    for (const bad of ['', '#12', '#12345', '#gggggg', 'red', 'rgb(0,0,0)', '#1234567']) expect(parseHex(bad)).toBeUndefined();
  });
});

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 6);
    expect(luminance([0, 0, 0])).toBe(0);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#ffdd00', '#ffffff')).toBeCloseTo(1.35, 2);
  });

  it('does not depend on the order of the two colours', () => {
    expect(contrast('#1d6f5f', '#ffffff')).toBe(contrast('#ffffff', '#1d6f5f'));
  });
});

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

describe('readableOn', () => {
  it('puts black text on yellow and white text on dark green', () => {
    expect(readableOn('#ffdd00')).toBe('#000000');
    expect(readableOn('#1d6f5f')).toBe('#ffffff');
  });

  it('always picks text that meets AA on any accent', () => {
    fc.assert(fc.property(hex, (accent) => contrast(accent, readableOn(accent)) >= 4.5));
  });
});
