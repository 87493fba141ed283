// Jest: TypeScript through SWC (type-checking is `npm run build`), real servers started once per run.
// The OpenID provider and client (oidc-provider, openid-client, oauth4webapi, and the jose they use) are
// ES modules only, which Jest's CommonJS runtime cannot load on Node 20: the same SWC transform compiles
// them to CommonJS (cached after the first run), as Node's own require() loads them outside Jest. So is
// file-type (a document's content type from its bytes) with the ES modules it loads.
const esmOnly = [
  'oidc-provider',
  'openid-client',
  'oauth4webapi',
  'jose',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer/inflate',
  'uint8array-extras',
  '@borewit/text-codec',
];
const swc = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];

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
    '^.+\\.js$': swc,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  // file-type's exports name only `import` and `module-sync` for Node, which Jest's require does not match.
  moduleNameMapper: { '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  setupFiles: ['<rootDir>/tests/setup/quiet-sdk.ts'],
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  testTimeout: 180_000,
  maxWorkers: 2,
};
