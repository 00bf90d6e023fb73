import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      'src/generated',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The simulation core is pure TypeScript: no UI, no browser globals (docs/adr/0001-pure-sim.md).
    files: ['src/sim/**/*.ts'],
    ignores: ['src/sim/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'fetch',
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'zustand',
                'zustand/*',
                'monaco-editor',
                '@monaco-editor/*',
                '@xyflow/*',
                '../store/*',
                '../features/*',
                '../app/*',
                '../lessons/*',
              ],
              message: 'src/sim is pure TypeScript and imports nothing from the UI layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Other layers reach the core only through its public entry points: the UI through core.ts
    // (loaded up front) and tools.ts (the command line, in its own chunk); tests may use index.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/sim/**', 'src/**/*.test.{ts,tsx}', 'src/**/testkit.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sim/*', '!**/sim/core.ts', '!**/sim/tools.ts'],
              message:
                'Import the simulator through src/sim/core.ts (or src/sim/tools.ts for the command line).',
            },
          ],
        },
      ],
    },
  },
);
