// @ts-check
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import vitest from '@vitest/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test/fixtures/**',
      'examples/**',
      'scratch/**',
      '.probe/**',
      'bench/corpus/**',
      'bin/**',
      '**/*.mjs',
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/rules/**/*.ts', 'test/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) .+[^. ]$' }],
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/no-meta-schema-default': 'error',
      'eslint-plugin/prefer-message-ids': 'error',
      'eslint-plugin/no-only-tests': 'error',
    },
  },
  {
    files: ['src/rules/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['typescript', 'ts-morph'] }],
    },
  },
  {
    files: ['test/**/*.ts'],
    plugins: { vitest },
    rules: {
      'vitest/no-focused-tests': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
