/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // The explorer's state (explorer/src/core/<concern>/) is tested beside it, in .spec.ts files.
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/explorer/src/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Integration suites share one throw-away Neo4j; each suite works in its own id namespace or
  // clears the database itself, so they run one at a time on these 2-core machines.
  maxWorkers: 1,
  testTimeout: 60000,
};
