import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // The layers, one way only: engine -> content -> match / leads -> config -> ui -> embed.
  // src/guard (reading what a host page or owner hands us: own keys, safe JSON) sits under all.
  // A test (tests/static/cycles.test.ts) keeps the import graph free of circles.
  {
    // The engine is pure: no DOM, no preact, nothing outside it. It must run in the CLI and in any host.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['preact', 'preact/*', '@preact/*', '../*', '!../engine/*'], message: 'src/engine imports nothing outside it.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch'],
    },
  },
  {
    files: ['src/guard/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*', '!../guard/*'], message: 'src/guard imports nothing of the product.' }] }],
    },
  },
  {
    // Words and facts: data, typed by the engine's ids.
    files: ['src/content/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['preact', 'preact/*', '@preact/*', '**/config/*', '**/match/*', '**/leads/*', '../ui/*', '../../ui/*', '**/embed/*', '**/cli/*', '**/recommend'], message: 'src/content depends on the engine only.' }] }],
    },
  },
  {
    // Practices and leads never reach up into the config, the UI or the embedding.
    files: ['src/match/**', 'src/leads/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['preact', 'preact/*', '@preact/*', '../config/*', '../ui/*', '../embed/*'], message: 'src/match and src/leads never import config, ui or embed.' }] }],
    },
  },
  {
    // The UI never knows how it is embedded.
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/embed/*'], message: 'src/ui never imports src/embed.' }] }],
    },
  },
);
