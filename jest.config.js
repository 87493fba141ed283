// Jest: TypeScript through SWC (type-checking is `npm run build`), real servers started once per run.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }],
    // The pages' typed templates (web/**/*.tsx): JSX through preact's automatic runtime.
    '^.+\\.tsx$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic', importSource: 'preact' } },
        },
      },
    ],
  },
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  setupFiles: ['<rootDir>/tests/setup/quiet-sdk.ts'],
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  testTimeout: 180_000,
  maxWorkers: 2,
};
