import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL documents from schema.gql: a document that no longer fits the schema fails codegen. */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: { DateTime: 'string' },
        avoidOptionals: false,
      },
    },
    'apps/web/src/gql/possible-types.ts': { plugins: ['apps/web/scripts/possible-types-plugin.cjs'] },
  },
};

export default config;
