import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'schemas/**', '.tmp/**', 'docs/api/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Values never travel as JS numbers: forbid parseFloat/Number() on value paths.
      'no-restricted-globals': ['error', { name: 'parseFloat', message: 'Parse digits into Decimal (toDecimal).' }],
      'no-restricted-properties': [
        'error',
        { object: 'Number', property: 'parseFloat', message: 'Parse digits into Decimal (toDecimal).' },
        { object: 'Math', property: 'round', message: 'Round with Decimal.' },
      ],
    },
  },
  {
    // The extractor reads untrusted text: no regular expression may backtrack or move
    // super-linearly (the tests check the shape of the work; this checks each pattern).
    files: ['src/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'certain' }],
      'regexp/no-super-linear-move': ['error', { report: 'certain', ignorePartial: false }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: { 'no-restricted-properties': 'off' },
  },
);
