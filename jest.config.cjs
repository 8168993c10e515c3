/** `npm test`: API tests and browser tests against one API process on a fresh database. */
module.exports = {
  projects: ['<rootDir>/apps/api/jest.config.cjs', '<rootDir>/apps/web/jest.config.cjs'],
  globalSetup: '<rootDir>/tools/testing/global-setup.mjs',
  globalTeardown: '<rootDir>/tools/testing/global-teardown.mjs',
};
