import type { CodegenConfig } from '@graphql-codegen/cli';

/** TypeScript types for the API, generated from the SDL in schema/ (the single source of truth). */
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../graphql/context#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { Date: 'string' },
        defaultMapper: 'Partial<{T}>',
      },
    },
  },
  silent: true,
};
export default config;
