import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'schemas/**', '.tmp/**'] },
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
    files: ['scripts/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: { 'no-restricted-properties': 'off' },
  },
);
