module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  // Specs read the shared vocabulary from source; the compiled API reads libs/domain/dist.
  moduleNameMapper: { '^@postcare/domain$': '<rootDir>/../../libs/domain/src/index.ts' },
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
};
