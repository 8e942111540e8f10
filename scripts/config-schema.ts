import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { configSchema, fetchUrl, httpUrl, localeCopy, locationSchema } from '../src/config/schema';

// The config's JSON Schema, generated from the valibot schema so editors autocomplete and check
// the same rules the widget enforces. The copy in schema/ is committed (and tested to match);
// `npm run build` also writes dist/config.schema.json, which ships in the package.
//   Refresh the committed copy: npx tsx scripts/config-schema.ts

// Address checks are code (new URL), which JSON Schema cannot run; these patterns say the same
// to an editor. URL schemes are case-insensitive, hence the character classes.
const urlCheck = (schema: typeof httpUrl | typeof fetchUrl) => schema.pipe.find((a) => a.type === 'check');
const HTTP = '[hH][tT][tT][pP][sS]?:';
const URL_PATTERNS = new Map<unknown, JsonSchema>([
  [urlCheck(httpUrl), { pattern: `^${HTTP}//`, description: 'A full web address starting with https:// or http://' }],
  [urlCheck(fetchUrl), { pattern: `^(?:${HTTP}|(?![A-Za-z][A-Za-z0-9+.-]*:))`, description: 'An address on this site (/quiz/practices.json) or a full https:// address' }],
  // A practice location's checks across fields, in JSON Schema's own words.
  [locationSchema.pipe[1], { dependencies: { lat: ['lng'], lng: ['lat'] } }],
  [locationSchema.pipe[2], { anyOf: [{ required: ['zip'] }, { required: ['city'] }, { required: ['lat', 'lng'] }] }],
]);

export function configJsonSchema(): JsonSchema {
  const schema = toJsonSchema(configSchema, {
    // trim only normalises text; other checks are code and are enforced by validateConfig.
    ignoreActions: ['trim'],
    // Every language's wording takes the same keys: described once, referenced per language.
    definitions: { wording: localeCopy },
    overrideAction: ({ valibotAction, jsonSchema }) => {
      if (valibotAction.type !== 'check') return undefined;
      return { ...jsonSchema, ...(URL_PATTERNS.get(valibotAction) ?? {}) };
    },
  });
  return {
    $schema: schema.$schema,
    title: 'treatment-quiz config',
    description: 'Settings for the treatment-quiz widget; every key is described in docs/configuration.md of the treatment-quiz repository (linked from its README).',
    ...schema,
  };
}

export const schemaText = (): string => `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

export const COMMITTED = resolve(fileURLToPath(new URL('..', import.meta.url)), 'schema/config.schema.json');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(COMMITTED, schemaText());
  console.log(`wrote ${COMMITTED}`);
}
