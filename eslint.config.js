// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import r3f from '@react-three/eslint-plugin';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

// Layers point one way (STYLE.md principle 4; DESIGN.md §1), checked here and
// proven by test/unit/lint/layers.test.ts, which lints planted violations:
//  - assets/ imports neither electron/ nor renderer/;
//  - electron/ never imports renderer/ (but its locale files: the menu's words);
//  - renderer/ imports electron/ with `import type` only (the IPC contract),
//    and never the Node-side asset tool;
//  - pure folders import no runtime (electron, Node built-ins), React or
//    three.js, and use no DOM or Node globals.
const pureDirs = [
  'assets/format/**',
  'renderer/geo/**',
  'renderer/sites/**',
  'renderer/kiosk/cycle/**',
  'renderer/gazetteer/**',
  'electron/pure/**',
  'electron/ipc/**',
];

const nodeOnly = 'Node-only code stays out of the renderer.';

// Globals a browser has and Node does not (document, window, HTMLElement, …),
// plus storage and I/O that exist in both, plus Node's own. Web-standard
// values both runtimes share (URL, TextEncoder, Request, Response, Headers,
// ReadableStream) stay allowed: the pure request handler is written in them.
const builtin = new Set(Object.keys(globals.builtin));
const nodeGlobals = new Set(Object.keys(globals.node));
const domOnly = Object.keys(globals.browser).filter((n) => !nodeGlobals.has(n) && !builtin.has(n));
const pureMessage = 'Pure modules use no DOM, storage, network or Node globals.';
const restrictedPureGlobals = [
  ...domOnly,
  ...['navigator', 'localStorage', 'sessionStorage', 'fetch', 'WebSocket', 'BroadcastChannel'],
  ...['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global'],
].map((name) => ({ name, message: pureMessage }));

/** `@typescript-eslint/no-restricted-imports` options for one layer (type imports allowed or not). */
function layerRule(patterns, paths = []) {
  return ['error', { paths, patterns }];
}

// Every user-visible word goes through i18next (renderer/i18n): no letters in
// JSX text, in attributes people read or hear, or in string literals placed
// straight into JSX. Punctuation, symbols and {expressions} are fine.
const letters = '/\\p{L}/u';
const untranslated = 'User-visible text goes through t() (renderer/i18n/locales/*.json).';
const visibleAttributes =
  '/^(title|alt|placeholder|aria-label|aria-description|aria-valuetext|aria-roledescription|label)$/';
// Commands and key names inside <code>/<kbd> are not words to translate.
const textParent = 'JSXElement:not([openingElement.name.name=/^(code|kbd)$/])';
const literal = `Literal[value=${letters}]`;
const template = `TemplateLiteral > TemplateElement[value.raw=${letters}]`;
const attribute = `JSXAttribute[name.name=${visibleAttributes}]`;
const child = `${textParent} > JSXExpressionContainer`;
const noLiteralText = [
  `${textParent} > JSXText[value=${letters}]`,
  `${attribute} > ${literal}`,
  `${attribute} > JSXExpressionContainer > ${literal}`,
  `${attribute} > JSXExpressionContainer > ${template}`,
  `${attribute} > JSXExpressionContainer > ConditionalExpression > ${literal}`,
  `${child} > ${literal}`,
  `${child} > ${template}`,
  `${child} > ConditionalExpression > ${literal}`,
  `${child} > LogicalExpression > ${literal}`,
].map((selector) => ({ selector, message: untranslated }));

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
    files: ['assets/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layerRule(
        [
          {
            group: ['**/electron/**', '**/renderer/**'],
            message: 'assets/ is the data side: it imports neither electron/ nor renderer/.',
          },
        ],
        [{ name: 'electron', message: 'assets/ never needs Electron.' }],
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layerRule([
        {
          // The locale files are data, not code: the application menu speaks the same words.
          regex: '(^|/)renderer/(?!i18n/locales/[a-z]+\\.json$)',
          message: 'electron/ never imports renderer/ (layers point one way).',
        },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, '@react-three': r3f },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': ['error', ...noLiteralText],
      '@react-three/no-new-in-loop': 'error',
      '@react-three/no-clone-in-loop': 'error',
      '@typescript-eslint/no-restricted-imports': layerRule(
        [
          {
            group: ['**/electron/**'],
            allowTypeImports: true,
            message: 'Import from electron/ with `import type` only (the IPC contract).',
          },
          { group: ['**/assets/tool/**', 'node:*'], message: nodeOnly },
        ],
        [
          { name: 'electron', message: 'The renderer reaches main only through the bridge.' },
          { name: 'sharp', message: nodeOnly },
          { name: 'geotiff', message: nodeOnly },
        ],
      ),
    },
  },
  {
    // The core rule, so it adds to the layer rules above instead of replacing them.
    files: pureDirs,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'three', 'fs', 'path', 'zustand'],
          patterns: [
            {
              group: ['node:*', '@react-three/*', 'three/*'],
              message: 'Pure modules import no runtime, DOM, React or three.js.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...restrictedPureGlobals],
    },
  },
);
