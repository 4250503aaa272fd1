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
        // Resolvers receive records as stored (node properties), and resolve the rest from them.
        mappers: {
          Source: '../graphql/loaders#NodeProps',
          Person: '../graphql/loaders#NodeProps',
          Organization: '../graphql/loaders#NodeProps',
          Place: '../graphql/loaders#NodeProps',
          Event: '../graphql/loaders#NodeProps',
          TrialDetails: '../graphql/loaders#NodeProps',
          EventLink: '../graphql/loaders#NodeProps',
          Posting: '../graphql/loaders#NodeProps',
          Subordination: '../graphql/loaders#NodeProps',
          Participation: '../graphql/loaders#NodeProps',
          LegalProvision: '../graphql/loaders#NodeProps',
          Allegation: '../graphql/loaders#NodeProps',
          Citation: '../graphql/loaders#CitationRow',
          Element: '../graphql/loaders#ElementRow',
          // Connections compute totalCount lazily: graphql-js calls a function-valued field.
          PersonConnection: '../graphql/lists/pagination#Connection',
          OrganizationConnection: '../graphql/lists/pagination#Connection',
          EventConnection: '../graphql/lists/pagination#Connection',
          SourceConnection: '../graphql/lists/pagination#Connection',
          TimelineEntry: '../timeline/timeline#TimelineEntry as TimelineEntryModel',
        },
      },
    },
  },
  silent: true,
};
export default config;
