import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema';
import { PART_WORD_KEYS } from '../../src/content/parts/keys';

// The owner's configuration guide (moved out of the README into docs/configuration.md).
const guide = readFileSync('docs/configuration.md', 'utf8');
const settings = guide.slice(guide.indexOf('\n## Settings'), guide.indexOf('\n## ', guide.indexOf('\n## Settings') + 1));

describe('the configuration guide', () => {
  it.each(Object.keys(configSchema.entries))('documents the "%s" setting in its settings table', (key) => {
    expect(settings).toContain(`| \`${key}\` |`);
  });

  it.each(Object.entries(PART_WORD_KEYS))('lists every "%s" wording key an owner may override', (part, keys: readonly string[]) => {
    const wording = guide.slice(guide.indexOf('## Your own wording'), guide.indexOf('## Look'));
    const row = wording.split('\n').find((line) => line.startsWith(`| \`${part}\` |`));
    expect(row).toBeDefined();
    for (const key of keys) expect(row).toContain(`\`${key}\``);
  });

  it('shows a full example config that validates cleanly', async () => {
    const { validateConfig } = await import('../../src/config/validate');
    const example = /## A full example[\s\S]*?```json\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(example).toBeDefined();
    const { errors, config } = validateConfig(JSON.parse(example!));
    expect(errors).toEqual([]);
    expect(config.practices[0]).toMatchObject({ name: 'Flawless Med Spa', url: 'https://www.stayflawless.com', phone: '(505) 317-2563', city: 'Albuquerque', state: 'NM' });
    expect(config.rules.areas.rules[0]?.id).toBe('temples-with-a-plan');
  });
});
