import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMITTED, configJsonSchema, schemaText } from '../../scripts/config-schema';
import { PART_WORD_KEYS } from '../../src/content/parts/keys';
import type { PartName } from '../../src/content/types';
import { LOCALES } from '../../src/engine/types';

const schema = configJsonSchema() as {
  properties: Record<string, { pattern?: string; items?: { properties: Record<string, { pattern?: string }> } }>;
  additionalProperties: boolean;
};

interface WordingSchema {
  readonly properties: Record<string, object>;
  readonly additionalProperties: boolean;
}

describe('the config JSON Schema', () => {
  it('is committed up to date (refresh it with: npx tsx scripts/config-schema.ts)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(schemaText());
  });

  it('describes every top-level setting and refuses unknown ones', () => {
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['$schema', 'locale', 'rules', 'practices', 'theme', 'copy']));
    expect(schema.additionalProperties).toBe(false);
  });

  it('lists every wording key, the parts\' under their names, and refuses unknown ones', () => {
    const full = configJsonSchema() as { properties: { copy: { properties: Record<string, { $ref: string }> } }; $defs: Record<string, WordingSchema> };
    const copy = full.properties.copy.properties;
    expect(Object.keys(copy)).toEqual([...LOCALES]);
    const wording = full.$defs[copy.es!.$ref.replace('#/$defs/', '')]!;
    expect(wording.additionalProperties).toBe(false);
    expect(wording.properties).toMatchObject({ introTitle: { type: 'string' }, start: { type: 'string' } });
    for (const part of Object.keys(PART_WORD_KEYS) as PartName[]) {
      const section = wording.properties[part] as WordingSchema;
      expect(Object.keys(section.properties)).toEqual([...PART_WORD_KEYS[part]]);
      expect(section.additionalProperties).toBe(false);
    }
  });

  it('only allows http(s) addresses for practice links', () => {
    const practice = schema.properties.practices!.items!.properties;
    for (const key of ['url', 'bookingUrl']) {
      const pattern = new RegExp(practice[key]!.pattern!);
      expect(pattern.test('https://www.stayflawless.com')).toBe(true);
      expect(pattern.test('HTTP://example.com')).toBe(true);
      expect(pattern.test('javascript:alert(1)')).toBe(false);
      expect(pattern.test('data:text/html,x')).toBe(false);
    }
  });

  it('allows a page-relative practices file but not a script address', () => {
    const pattern = new RegExp(schema.properties.practicesUrl!.pattern!);
    expect(pattern.test('/quiz/practices.json')).toBe(true);
    expect(pattern.test('practices.json')).toBe(true);
    expect(pattern.test('https://cdn.example.com/p.json')).toBe(true);
    expect(pattern.test('javascript:alert(1)')).toBe(false);
  });

  it('describes practice locations, each placed by a zip, a city or both coordinates', () => {
    const locations = (schema.properties.practices!.items!.properties as unknown as Record<string, { items: object }>).locations!;
    expect(locations.items).toMatchObject({
      properties: { name: {}, address: {}, city: {}, state: {}, zip: {}, lat: {}, lng: {}, phone: {}, bookingUrl: { pattern: expect.any(String) } },
      additionalProperties: false,
      dependencies: { lat: ['lng'], lng: ['lat'] },
      anyOf: [{ required: ['zip'] }, { required: ['city'] }, { required: ['lat', 'lng'] }],
    });
  });
});
