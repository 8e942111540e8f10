import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaText } from '../config-schema';

// dist/config.schema.json: the config's JSON Schema, shipped in the package so a config can say
// "$schema": "./node_modules/treatment-quiz/dist/config.schema.json".
const out = resolve(fileURLToPath(new URL('../..', import.meta.url)), 'dist/config.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, schemaText());
