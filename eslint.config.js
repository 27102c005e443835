// Lint: typescript-eslint (type-aware), React hooks, TanStack Query, and import boundaries:
// data/ and domain/ never import React; features never import each other; lower layers
// never import app/ or features/.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'public', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      // A catalog message may ignore an argument its other language needs ("_n").
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: ['./src/data', './src/domain'], from: ['./src/app', './src/features', './src/components', './src/stores', './src/queries', './src/i18n'], message: 'data/ and domain/ are plain TS below everything else.' },
            { target: ['./src/components', './src/stores', './src/queries', './src/i18n', './src/export', './src/data', './src/domain', './src/storage', './src/workers'], from: ['./src/app', './src/features'], message: 'Shared code flows one way: app → features → shared.' },
            ...FEATURES.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'Features never import each other; they meet through the store and domain/.',
            })),
          ],
        },
      ],
    },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
  },
  {
    files: ['src/data/**/*.ts', 'src/domain/**/*.ts', 'src/storage/**/*.ts', 'src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/react-query', 'zustand', 'zustand/*', 'recharts', 'react-leaflet', 'leaflet'], message: 'data/, domain/, storage/ and workers/ are plain TS: no React or UI libraries.' }] },
      ],
    },
  },
  {
    // Node scripts and e2e tests; the functions they pass to page.evaluate run in the browser.
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
