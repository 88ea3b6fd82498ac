// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import r3f from '@react-three/eslint-plugin';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Layers point one way (STYLE.md principle 4):
//  - renderer/ never imports electron/ or the Node-side asset tool at runtime
//    (the IPC contract only as `import type`);
//  - pure modules (assets/format, renderer/geo, renderer/sites, electron/pure)
//    never import electron, Node built-ins, React or the DOM.
const pureDirs = [
  'assets/format/**',
  'renderer/geo/**',
  'renderer/sites/**',
  'renderer/lib/**',
  'electron/pure/**',
  'electron/ipc/**',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'release/',
      'pack/',
      'test-results/',
      'playwright-report/',
      'test/artifacts/',
      '.cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.node.json', 'tsconfig.web.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['electron/**/*.ts', 'assets/**/*.ts', 'test/**/*.ts', '*.config.{ts,js}', 'vite.*.ts'],
    languageOptions: { globals: { ...globals.node } },
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '!**/electron/ipc/contract'],
              message: 'The renderer reaches main only through the bridge.',
            },
            {
              group: ['**/assets/tool/**', 'electron', 'node:*', 'sharp', 'geotiff'],
              message: 'Node-only code stays out of the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/bridge/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/ipc/contract'],
              allowTypeImports: true,
              message: 'Import the IPC contract with `import type` only.',
            },
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
          patterns: [
            {
              group: [
                'electron',
                'node:*',
                'fs',
                'path',
                'react',
                'react-dom',
                '@react-three/*',
                'three',
              ],
              message: 'Pure modules import no runtime, DOM, React or three.js.',
            },
          ],
        },
      ],
    },
  },
);
