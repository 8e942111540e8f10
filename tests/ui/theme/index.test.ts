import { describe, expect, it } from 'vitest';
import { contrast } from '../../../src/ui/theme/color';
import { checkTheme } from '../../../src/ui/theme/check';
import { validateConfig } from '../../../src/config/validate';
import { DEFAULT_FONT, themeCss } from '../../../src/ui/theme/css';
import { SCHEMES, linkColour, paletteFor } from '../../../src/ui/theme/palette';

describe('default schemes', () => {
  it('meet AA for text and accent on the background in light and dark', () => {
    for (const p of Object.values(SCHEMES)) {
      expect(contrast(p.text, p.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.accent, p.background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('checkTheme', () => {
  it('says nothing for the defaults or readable owner colours', () => {
    expect(checkTheme()).toEqual([]);
    expect(checkTheme({ accent: '#7a1f5c', text: '#111111', background: '#fdf8f2' })).toEqual([]);
  });

  it('names the accent that fails on the background, with both values and the ratio', () => {
    expect(checkTheme({ accent: '#ffdd00' })).toEqual(['theme.accent "#ffdd00" on background "#ffffff" has contrast 1.3:1; needs 4.5:1']);
  });

  it('names both owner colours when text fails on the owner background, never rounding up to the bar', () => {
    const [w] = checkTheme({ text: '#777777', background: '#ffffff' });
    expect(w).toBe('theme.text "#777777" on theme.background "#ffffff" has contrast 4.4:1; needs 4.5:1');
  });

  it('checks the dark scheme when it is forced', () => {
    expect(checkTheme({ accent: '#1d6f5f', scheme: 'dark' })).toEqual(['theme.accent "#1d6f5f" on background "#15191d" has contrast 2.9:1; needs 4.5:1']);
  });

  it('under auto keeps a brand accent out of the dark scheme when it would not read there', () => {
    expect(paletteFor('dark', { accent: '#1d6f5f', scheme: 'auto' }).accent).toBe(SCHEMES.dark.accent);
    expect(paletteFor('dark', { accent: '#ffdd00', scheme: 'auto' }).accent).toBe('#ffdd00');
    expect(checkTheme({ accent: '#1d6f5f', scheme: 'auto' })).toEqual([]);
  });

  it('labels the scheme when both can show', () => {
    expect(checkTheme({ accent: '#ffdd00', scheme: 'auto' })).toEqual(['theme.accent "#ffdd00" on background "#ffffff" (light scheme) has contrast 1.3:1; needs 4.5:1']);
  });
});

describe('themeCss', () => {
  const prop = (css: string, name: string) => new RegExp(`${name}:([^;}]+)`).exec(css)?.[1];

  it('sets every custom property on :host from the defaults', () => {
    const css = themeCss();
    expect(css.startsWith(':host{')).toBe(true);
    for (const p of ['--tq-accent', '--tq-on-accent', '--tq-text', '--tq-bg', '--tq-link', '--tq-radius', '--tq-font']) expect(prop(css, p)).toBeTruthy();
    expect(prop(css, '--tq-radius')).toBe('12px');
    expect(css).not.toContain('@media');
  });

  it('uses the owner accent with readable text on it, and keeps links readable', () => {
    const css = themeCss({ accent: '#FFDD00', radius: 4, font: 'Georgia, serif' });
    expect(prop(css, '--tq-accent')).toBe('#ffdd00');
    expect(prop(css, '--tq-on-accent')).toBe('#000000');
    expect(prop(css, '--tq-link')).toBe(SCHEMES.light.text);
    expect(prop(css, '--tq-radius')).toBe('4px');
    expect(prop(css, '--tq-font')).toBe('Georgia, serif');
  });

  it('follows prefers-color-scheme under auto and forces dark when asked', () => {
    expect(themeCss({ scheme: 'auto' })).toContain(`@media (prefers-color-scheme:dark){:host{--tq-bg:${SCHEMES.dark.background}`);
    const dark = themeCss({ scheme: 'dark' });
    expect(prop(dark, '--tq-bg')).toBe(SCHEMES.dark.background);
    expect(prop(dark, 'color-scheme')).toBe('dark');
  });

  it('ignores values that could break out of the stylesheet', () => {
    const css = themeCss({ accent: 'red;}body{display:none', font: 'x;}*{color:red', radius: 999 } as never);
    expect(css).not.toContain('display:none');
    expect(css).not.toContain('color:red');
    expect(prop(css, '--tq-radius')).toBe('12px');
  });

  it('paints exactly the fonts and radii the config accepts, so an owner is never told "fine" and shown the default', () => {
    const fonts = ['Georgia, serif', "'Open Sans', sans-serif", '"Segoe UI", Roboto', '  Inter  ', '"Open Sans, serif', 'x;}*{color:red', 'a\\b', 'Georgia,', '"Mixed\'', ''];
    for (const font of fonts) {
      const accepted = !validateConfig({ theme: { font } }).errors.length;
      expect(prop(themeCss({ font }), '--tq-font') === font, font).toBe(accepted);
    }
    for (const radius of [-1, 0, 12, 39.5, 40, 40.5, 999]) {
      const accepted = !validateConfig({ theme: { radius } }).errors.length;
      expect(prop(themeCss({ radius }), '--tq-radius') === `${radius}px`, String(radius)).toBe(accepted);
    }
  });

  it('keeps every colour when the font has an unbalanced quote, which would run on to the end of the sheet', () => {
    const css = themeCss({ accent: '#7d3553', font: '"Open Sans, serif' });
    expect(prop(css, '--tq-font')).toBe(DEFAULT_FONT);
    expect(prop(css, '--tq-accent')).toBe('#7d3553');
    expect(css.split('"').length % 2).toBe(1);
    expect(css.split("'").length % 2).toBe(1);
  });

  it('falls back to text for links when the accent is unreadable', () => {
    expect(linkColour({ background: '#ffffff', text: '#111111', accent: '#ffdd00' })).toBe('#111111');
  });
});
