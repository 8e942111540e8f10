import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathText, validateConfig } from '../../src/config/validate';
import { themeCss } from '../../src/ui/theme';

// Hostile strings in the owner's config: every URL that is not http(s) is refused at its
// path, theme values cannot break out of their CSS declaration, and every other string is
// kept as the text it is (the widget renders text, never HTML; the browser tests in
// tests/e2e/guest-xss.test.ts show that nothing runs).

const XSS = JSON.parse(readFileSync(new URL('../e2e/pages/xss-config.json', import.meta.url), 'utf8')) as Record<string, unknown>;

type Key = string | number;

function strings(value: unknown, path: Key[] = []): [Key[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  const entries: [Key, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => strings(v, [...path, k]));
}

const get = (root: unknown, path: readonly Key[]): unknown => path.reduce<unknown>((node, k) => (node as Record<Key, unknown> | undefined)?.[k], root);

describe('the XSS config used by the browser tests', () => {
  const { config, errors } = validateConfig(XSS);
  const reported = errors.map((e) => e.path);

  it('has payloads in a good number of strings', () => {
    expect(strings(XSS).filter(([, s]) => /<|javascript:|onerror|onload/i.test(s)).length).toBeGreaterThan(30);
  });

  it('refuses every non-http(s) address and unsafe theme or tracking value, each at its path', () => {
    expect(reported).toEqual(
      expect.arrayContaining(['practices[1].url', 'practices[1].bookingUrl', 'practices[2].url', 'practicesUrl', 'directoryUrl', 'utmCampaign', 'theme.accent', 'theme.font']),
    );
    const addresses = [config.practicesUrl, config.directoryUrl, ...config.practices.flatMap((p) => [p.url, p.bookingUrl])].filter((u) => u !== undefined);
    expect(addresses.length).toBeGreaterThan(0);
    for (const url of addresses) expect(new URL(url, 'https://host.example/').protocol).toMatch(/^https?:$/);
  });

  it('keeps every other string exactly as written, to be shown as text', () => {
    const keptPractice = config.practices.find((p) => p.id === 'xss-text');
    expect(keptPractice?.name).toBe((XSS.practices as { name: string }[])[0]?.name);
    for (const [path, value] of strings(XSS)) {
      const where = pathText(path);
      const kept = path[0] === 'copy' || (path[0] === 'practices' && path[1] === 0);
      if (!kept || reported.some((r) => where.startsWith(r))) continue;
      expect(get(config, path), where).toBe(value.trim());
    }
    expect(config.rules.areas.rules[0]?.reason?.en).toBe(((XSS.rules as { areas: { rules: { reason: { en: string } }[] } }).areas.rules[0]?.reason.en ?? '').trim());
  });
});

describe('theme values', () => {
  const cssBreakers = fc.string({ unit: fc.constantFrom(...'ab#0f;:{}()<>/\\\'"\n*@!-, '.split('')), maxLength: 40 });

  it('that pass validation can never close the declaration or the rule in the theme stylesheet', () => {
    fc.assert(
      fc.property(fc.record({ accent: cssBreakers, text: cssBreakers, background: cssBreakers, font: cssBreakers, radius: fc.oneof(fc.double(), fc.integer()) }, { requiredKeys: [] }), (theme) => {
        const { config } = validateConfig({ theme });
        const css = themeCss(config.theme);
        // One :host rule (two with a dark-scheme media query), nothing else.
        expect(css).not.toMatch(/<|\\|\/\*|@import|url\(|expression\(/i);
        expect((css.match(/\{/g) ?? []).length).toBe((css.match(/\}/g) ?? []).length);
        for (const decl of css.replace(/@media[^{]*\{/g, '').split(/[{}]/).filter((x) => x.includes(':') && !x.startsWith(':host'))) {
          for (const part of decl.split(';')) if (part) expect(part, css).toMatch(/^--tq-[\w-]+:|^color-scheme:/);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
