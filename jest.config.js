// Three layers (DESIGN.md §8): unit (pure modules, CDK assertions), integration (the real local
// runtime, started once per run by globalSetup), e2e (Chromium driving the same runtime).
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
  ],
};
const common = {
  testEnvironment: 'node',
  transform,
  // middy 6 and @hebcal (with its quick-lru) are ESM-only: let swc transform them (stack-notes §5).
  transformIgnorePatterns: ['/node_modules/(?!(@middy|@hebcal|quick-lru)/)'],
};
module.exports = {
  // Only read at the top level: integration tests start runtimes and drive a browser.
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
