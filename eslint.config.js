// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import r3f from '@react-three/eslint-plugin';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

// Layers point one way (STYLE.md principle 4):
//  - renderer/ never imports electron/ at runtime (the IPC contract is
//    imported with `import type` only) nor the Node-side asset tool;
//  - pure modules never import electron, Node built-ins, React or three.js.
const pureDirs = [
  'assets/format/**',
  'renderer/geo/**',
  'renderer/sites/**',
  'renderer/gazetteer/**',
  'electron/pure/**',
  'electron/ipc/**',
];

const nodeOnly = 'Node-only code stays out of the renderer.';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'release/',
      '/pack/',
      '**/*.tmp.mjs',
      '.pack.tmp-*/',
      'test-results/',
      'playwright-report/',
      'test/artifacts/',
      '.cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    settings: {
      // Plain Node resolution with TypeScript extensions: enough for relative
      // imports, which are the only ones a cycle can run through here.
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['electron/**/*.ts', 'assets/**/*.ts', 'test/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Runs in the benchmark's browser pages.
    files: ['bench/baseline/**/*.ts', 'bench/browser/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, '@react-three': r3f },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@react-three/no-new-in-loop': 'error',
      '@react-three/no-clone-in-loop': 'error',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches main only through the bridge.' },
            { name: 'sharp', message: nodeOnly },
            { name: 'geotiff', message: nodeOnly },
          ],
          patterns: [
            {
              group: ['**/electron/**'],
              allowTypeImports: true,
              message: 'Import from electron/ with `import type` only (the IPC contract).',
            },
            { group: ['**/assets/tool/**', 'node:*'], message: nodeOnly },
          ],
        },
      ],
    },
  },
  {
    files: pureDirs,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'three', 'fs', 'path'],
          patterns: [
            {
              group: ['node:*', '@react-three/*'],
              message: 'Pure modules import no runtime, DOM, React or three.js.',
            },
          ],
        },
      ],
    },
  },
);
