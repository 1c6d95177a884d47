/** Babel plugin: graphql(`…`) calls replaced by their generated DocumentNode (see graphql-documents-babel.mjs). */
export default function graphqlDocuments(
  api: { types: unknown },
  options: { artifactDirectory: string },
): { name: string; visitor: Record<string, unknown> };
