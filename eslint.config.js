// @ts-check
/**
 * ESLint for the whole repository: typescript-eslint's recommended rules, without type information
 * (fast enough to run in every `npm test`). Formatting is Prettier's job, not ESLint's.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      '.wrangler/',
      'reports/',
      'artifacts/',
      '.data/',
      'src/db/migrations/',
      '**/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // An area's door: code outside src/domain/<area>/ and src/services/ imports only their index.ts
    // (test/architecture.test.ts checks the same for every import, however it is written).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**', 'src/services/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(domain/[^/]+|services)/(?!index$)[^/]+',
              message: 'Importera området genom dess index.ts (../domain/<område> eller ../services).',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and benchmarks use `any` for hand-built fixtures and broken documents on purpose.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
