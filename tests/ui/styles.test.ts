import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The stylesheet is adopted as text into a shadow root; these check the promises it makes.
const css = readFileSync(new URL('../../src/ui/widget.css', import.meta.url), 'utf8');
// The questions' own sheet comes with their file (the first screen is the intro).
const questions = readFileSync(new URL('../../src/ui/questions.css', import.meta.url), 'utf8');
const rule = (selector: string, sheet = css) => sheet.match(new RegExp(`(?:^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\{([^}]*)\\}`))?.[1] ?? '';

describe('widget stylesheet', () => {
  it('resets everything the host page could pass in and reserves height', () => {
    expect(rule(':host')).toMatch(/all: initial;/);
    expect(rule(':host')).toMatch(/display: block;/);
    // The intro's height: 359 px at full width, more on phone widths (tests/e2e/layout-shift.test.ts checks it fits).
    expect(rule(':host')).toMatch(/min-height: max\(359px, [^;]+\);/);
  });

  it('takes its theme from --tq-* custom properties with readable defaults', () => {
    for (const v of ['--tq-accent', '--tq-text', '--tq-bg', '--tq-font', '--tq-radius']) expect(css).toContain(`var(${v}`);
    expect(rule('.tq')).toContain('--a: var(--tq-accent, #1d6f5f)');
  });

  it('gives controls 44 px or more and a visible focus ring', () => {
    expect(rule('.button')).toMatch(/min-height: 48px/);
    expect(rule('.button')).toMatch(/min-width: 44px/);
    expect(rule('.choice', questions)).toMatch(/min-height: 48px/);
    expect(rule(':focus-visible')).toMatch(/outline: 3px solid/);
  });

  it('turns off motion for visitors who ask for less', () => {
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\) \{[^@]*animation: none !important;[^@]*transition: none !important;/);
  });

  it('loads nothing from elsewhere (CSP: style-src self, no fonts or images fetched)', () => {
    for (const sheet of [css, questions]) expect(sheet).not.toMatch(/@import|url\(/);
  });
});
