import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMITTED } from '../../scripts/config-schema';
import { LAUNCHER_POSITIONS, OFFSET_MAX } from '../../src/config/launcher-rules';
import { ANALYTICS_MODES, QUIZ_MODES } from '../../src/config/modes';
import { SHARE_NETWORKS } from '../../src/config/share-networks';
import { THEME_KEYS } from '../../src/config/theme-keys';
import { RADIUS_MAX, THEME_SCHEMES } from '../../src/config/theme-rules';
import { validateConfig } from '../../src/config/validate';
import { optionsFrom } from '../../src/embed/options-from';

// Each closed setting has one list (src/config/*): what the widget accepts, what the owner's
// error message offers, and what an editor completes from the published JSON Schema.

/** `{ theme: { scheme: value } }` for the path "theme.scheme"; a list item for "share.networks[]". */
function settingAt(path: string, value: unknown): unknown {
  const keys = path.replace('[]', '').split('.');
  const leaf = path.endsWith('[]') ? [value] : value;
  return keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf);
}

const CLOSED: readonly (readonly [path: string, list: readonly string[]])[] = [
  ['analytics', ANALYTICS_MODES],
  ['mode', QUIZ_MODES],
  ['theme.scheme', THEME_SCHEMES],
  ['launcher.position', LAUNCHER_POSITIONS],
  ['share.networks[]', SHARE_NETWORKS],
];

describe('closed settings', () => {
  it.each(CLOSED)('%s: accepts every listed value, and a wrong one is told the path and every allowed value', (path, list) => {
    for (const value of list) expect(validateConfig(settingAt(path, value)).errors, value).toEqual([]);
    const { errors } = validateConfig(settingAt(path, 'sepia'));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe(path.replace('[]', '[0]'));
    for (const value of list) expect(errors[0]!.message).toContain(`"${value}"`);
  });

  it('tells the owner the same pixel limits the widget paints with', () => {
    expect(validateConfig({ theme: { radius: RADIUS_MAX } }).errors).toEqual([]);
    expect(validateConfig({ theme: { radius: RADIUS_MAX + 1 } }).errors[0]!.message).toContain(`at most ${RADIUS_MAX}`);
    expect(validateConfig({ launcher: { offsetX: OFFSET_MAX, offsetY: 0 } }).errors).toEqual([]);
    expect(validateConfig({ launcher: { offsetY: OFFSET_MAX + 1 } }).errors[0]).toMatchObject({ path: 'launcher.offsetY', message: expect.stringContaining(`at most ${OFFSET_MAX}`) });
  });
});

describe('the published JSON Schema', () => {
  type Node = { enum?: string[]; minimum?: number; maximum?: number; items?: Node; properties?: Record<string, Node> };
  // The committed copy is what ships and what editors read (json-schema.test.ts keeps it current).
  const root = JSON.parse(readFileSync(COMMITTED, 'utf8')) as Node;
  const at = (path: string): Node =>
    path.split('.').reduce<Node>((node, key) => (key.endsWith('[]') ? node.properties![key.slice(0, -2)]!.items! : node.properties![key]!), root);

  it.each(CLOSED)('offers an editor exactly the values the widget accepts for %s', (path, list) => {
    expect(at(path).enum).toEqual([...list]);
  });

  it('offers the same pixel limits', () => {
    expect(at('theme.radius')).toMatchObject({ minimum: 0, maximum: RADIUS_MAX });
    for (const key of ['offsetX', 'offsetY']) expect(at(`launcher.${key}`)).toMatchObject({ minimum: 0, maximum: OFFSET_MAX });
  });

  it('describes every theme setting, and each one can also be given as an attribute of the element', () => {
    expect(Object.keys(at('theme').properties!).sort()).toEqual([...THEME_KEYS].sort());
    const el = { querySelector: () => null } as unknown as Element;
    for (const key of THEME_KEYS) expect(Object.keys(optionsFrom(el, (name) => (name === key ? '1' : null)).theme ?? {}), key).toEqual([key]);
  });
});
