// ESLint flat config for the whole workspace (ESLint 10).
// Each project's `lint` target runs `eslint <projectRoot> --max-warnings 0`.
import js from '@eslint/js';
import { createProjectGraphAsync, readCachedProjectGraph } from '@nx/devkit';
import { defineConfig, globalIgnores } from 'eslint/config';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Module boundaries, from the tags in each project.json:
 *   api        scope:api     type:app
 *   web        scope:web     type:app
 *   api-client scope:shared  type:client
 *   domain     scope:shared  type:util
 * A scope may use itself and scope:shared; shared code uses only shared code; nothing
 * may import an application. A new library needs a scope tag and a type tag, and its
 * type a line below (e.g. type:ui → type:ui, type:util).
 */
const depConstraints = [
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:client', 'type:util'] },
  { sourceTag: 'type:client', onlyDependOnLibsWithTags: ['type:client', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: '*', notDependOnLibsWithTags: ['type:app'] },
];

/**
 * Applications are npm workspaces without entry points, so Nx cannot map a package import
 * of one (`@postcare/api/src/...`) to its project: ban those imports by name as well.
 */
const appPackageImports = {
  patterns: [
    {
      group: ['@postcare/api', '@postcare/api/*', '@postcare/web', '@postcare/web/*'],
      message: 'Applications are never imported; share code through a scope:shared library.',
    },
  ],
};

/** Options of `@nx/enforce-module-boundaries`; `allow` lists imports exempt from it. */
const boundaries = (allow) => ({
  enforceBuildableLibDependency: true,
  allow,
  depConstraints,
});

/** Unused names are errors, except those deliberately marked with a leading underscore. */
const UNUSED_VARS = {
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrorsIgnorePattern: '^_',
  destructuredArrayIgnorePattern: '^_',
  ignoreRestSiblings: true,
};

const TEST_FILES = [
  '**/*.spec.{ts,tsx}',
  '**/*.e2e-spec.ts',
  '**/test/**/*.{ts,tsx}',
  '**/e2e/**/*.{ts,tsx}',
  '**/jest.*.{js,cjs,mjs,ts}',
];

// The boundary rule reads Nx's cached project graph and silently skips itself without one
// (a fresh clone running `npx eslint` directly). Build it once here in that case; `nx`
// commands refresh it on every run.
try {
  readCachedProjectGraph();
} catch {
  await createProjectGraphAsync({ exitOnError: false }).catch(() => undefined);
}

export default defineConfig(
  globalIgnores([
    '**/dist/**',
    '**/node_modules/**',
    '**/.nx/**',
    '**/coverage/**',
    '**/.data/**',
    '**/test-results/**',
    '**/playwright-report/**',
    'tmp/**',
    // Generated from openapi.json; never edited by hand.
    'libs/api-client/src/schema.d.ts',
  ]),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  ...nx.configs['flat/base'],

  // TypeScript everywhere (syntax-level rules; `tsc --noEmit` does the type checking).
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', UNUSED_VARS],
    },
  },

  // Module boundaries between Nx projects.
  {
    files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries([])],
      'no-restricted-imports': ['error', appPackageImports],
    },
  },

  // API: Node.js, CommonJS build.
  {
    files: ['apps/api/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Tests wherever they live: jest globals, and the shared test tooling (tools/testing:
  // start the API, make a database), which is no Nx project.
  {
    files: TEST_FILES,
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries(['^(\\.\\./)+tools/testing/'])],
    },
  },

  // SPA: browser, React hooks rules.
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The generated client runs in the browser.
    files: ['libs/api-client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },

  // Plain JavaScript tooling: configs, scripts, benchmarks.
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-unused-vars': ['error', UNUSED_VARS] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // Formatting is Prettier's job: switch off every rule it would fight with. Keep last.
  prettier,
);
