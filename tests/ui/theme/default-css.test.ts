import { describe, expect, it } from 'vitest';
import { themeCss } from '../../../src/ui/theme';
import { DEFAULT_THEME_CSS } from '../../../src/ui/theme/default-css';

describe('the default theme sheet', () => {
  it('is exactly what the theme code makes with no owner theme', () => {
    expect(DEFAULT_THEME_CSS).toBe(themeCss());
  });
});
