// @ts-check
// ESLint (flat config): type-aware typescript-eslint rules over the TypeScript (src, test, bench,
// codegen.ts, and explorer/ should a front end appear), the recommended JavaScript rules over the
// few .js/.mjs files. Formatting is Prettier's alone: eslint-config-prettier comes last and turns
// off every rule that would disagree with it. docs/development.md says what the rules are for.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Unused code is an error; a leading `_` marks an argument, caught error or array slot left unused on purpose. */
const unusedVars = ['error', { args: 'after-used', argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }];

export default defineConfig(
  // Generated and build output (node_modules is ignored by ESLint itself).
  globalIgnores(['dist/', 'coverage/', '.data/', 'src/generated/', 'tools/neo4j/target/', 'bench/results/', 'explorer/dist/', 'explorer/build/', 'explorer/src/api/generated.ts']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: globals.node,
      // Each file is checked with the nearest tsconfig.json, as the editor does: the root one covers
      // src, test, bench and codegen.ts; a front end under explorer/ brings its own tsconfig.json.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': unusedVars,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/consistent-type-exports': ['error', { fixMixedExportsWithInlineTypeSpecifier: true }],
      // Off: every one of its 17 findings was an `async` that implements a promise-returning
      // contract without awaiting anything (Apollo plugin hooks and context functions, the
      // DataLoader-like sources of the chain walk, async generators over arrays). Removing `async`
      // would turn their throws from rejections into synchronous throws; a forgotten `await` is
      // no-floating-promises' business, and that one stays on.
      '@typescript-eslint/require-await': 'off',
      // `{}` is what TypeScript makes of an `unknown` checked for null or undefined: any value but
      // those two, usually a primitive. The rule leaves `unknown` alone (checkUnknown: false) but
      // took `{}` for a plain object: each of its 14 findings was String() of a value read from
      // Neo4j, a record or a GraphQL input (string, number, date, list), which prints as meant.
      // Values typed as objects are still reported.
      '@typescript-eslint/no-base-to-string': ['error', { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', '{}'] }],
    },
  },
  {
    // The tests, and the benchmark workloads that put each side's answer in one canonical shape,
    // read GraphQL response data: `any` by design (execute() and gql() default to it), walked
    // field by field and checked with expect() or compared across sides. Typing every response
    // (~770 findings here) would rewrite most tests without catching anything the assertions do
    // not, so the `any` rules are off here; they stay errors in src and the rest of bench.
    files: ['test/**/*.ts', 'bench/workloads/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs,jsx}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
    rules: { 'no-unused-vars': unusedVars },
  },
  {
    // package.json has no "type": .js files here are CommonJS (jest.config.js).
    files: ['**/*.js'],
    ignores: ['explorer/**'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // Front-end code runs in the browser.
    files: ['explorer/**/*.{ts,tsx,js,jsx,mjs}'],
    ignores: ['explorer/*.config.*'],
    languageOptions: { globals: globals.browser },
  },
  prettier,
);
