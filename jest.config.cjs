/** `npm test`: API tests and browser tests against one API process on a fresh database. */
module.exports = {
  projects: [
    '<rootDir>/apps/api/jest.config.cjs',
    '<rootDir>/apps/web/jest.config.cjs',
    '<rootDir>/libs/domain/jest.config.cjs',
  ],
  globalSetup: '<rootDir>/tools/testing/global-setup.mjs',
  globalTeardown: '<rootDir>/tools/testing/global-teardown.mjs',
  // Generous: argon2 hashing on a busy 2-core machine; timing is measured in benchmarks, not here.
  testTimeout: 60000,
};
