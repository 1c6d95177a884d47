import type { CodegenConfig } from '@graphql-codegen/cli';

const clientConfig = {
  enumsAsTypes: true,
  useTypeImports: true,
  skipTypename: false,
  scalars: { DateTime: 'string' },
  avoidOptionals: false,
};

/**
 * Features whose documents are generated beside them (`features/<name>/gql/`) instead of in `src/gql`: the client
 * preset puts every document of a target into one module, which the first route loads, so a lazily loaded feature
 * keeps its documents in its own chunk this way.
 */
const LAZY_DOCUMENT_FEATURES = ['certification'];

/** Typed GraphQL documents from schema.gql: a document that no longer fits the schema fails codegen. */
const config: CodegenConfig = {
  schema: 'schema.gql',
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      documents: [
        'apps/web/src/**/*.{ts,tsx}',
        '!apps/web/src/gql/**',
        ...LAZY_DOCUMENT_FEATURES.map((feature) => `!apps/web/src/features/${feature}/**`),
      ],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: clientConfig,
    },
    ...Object.fromEntries(
      LAZY_DOCUMENT_FEATURES.map((feature) => [
        `apps/web/src/features/${feature}/gql/`,
        {
          documents: [`apps/web/src/features/${feature}/**/*.{ts,tsx}`, `!apps/web/src/features/${feature}/gql/**`],
          preset: 'client',
          presetConfig: { fragmentMasking: false },
          config: clientConfig,
        },
      ]),
    ),
    'apps/web/src/gql/possible-types.ts': { plugins: ['apps/web/scripts/possible-types-plugin.cjs'] },
  },
};

export default config;
