import type { CodegenConfig } from '@graphql-codegen/cli';

const clientConfig = {
  enumsAsTypes: true,
  useTypeImports: true,
  skipTypename: false,
  scalars: { DateTime: 'string' },
  avoidOptionals: false,
};

/**
 * Features only owners and admins open get a `gql/` of their own: the client preset's `graphql()` holds every
 * document of its output, so documents generated into `src/gql` are in the trainee's first route.
 */
const SEPARATE = ['reporting'];

/** Typed GraphQL documents from schema.gql: a document that no longer fits the schema fails codegen. */
const config: CodegenConfig = {
  schema: 'schema.gql',
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      documents: [
        'apps/web/src/**/*.{ts,tsx}',
        '!apps/web/src/gql/**',
        ...SEPARATE.map((feature) => `!apps/web/src/features/${feature}/**`),
      ],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: clientConfig,
    },
    ...Object.fromEntries(
      SEPARATE.map((feature) => [
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
