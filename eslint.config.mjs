// ESLint flat config: typescript-eslint's recommended rules, plus the workflow sandbox rule
// that workflow code must not import Node modules or our I/O layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.tools/', '.data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'http', 'net'],
              message: 'Workflow code runs in a deterministic sandbox: no Node modules.',
            },
            {
              group: ['../db/*', '../api/*', '../runtime/*', 'mongoose', 'nodemailer'],
              message: 'Workflows reach the outside only through activities.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'crypto',
                '../db/*',
                '../api/*',
                '../activities/*',
                '../workflows/*',
                '../runtime/*',
              ],
              message: 'domain/ is pure: no I/O and nothing of ours outside domain/.',
            },
          ],
        },
      ],
    },
  },
);
