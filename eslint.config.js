// Typed lint (house-style §8): the rules that catch real bugs are errors; size limits are warnings.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '**/dist/**',
      '.hearth-data/**',
      'bench/results/**',
      'web/**',
      'bin/**',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // core is pure: no database, HTTP, UI or Node I/O (house-style §1).
    files: ['core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'pg',
            '@electric-sql/*',
            'fastify',
            '@fastify/*',
            'react',
            'react-dom',
            'node:*',
            'fs',
            'http',
            'zod',
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'core does no I/O' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'take the clock as an argument' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'server/test/**/*.ts'],
    rules: { 'max-lines': 'off' },
  },
);
