import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { transformSync } from '@babel/core';
import graphqlDocuments from '../../apps/web/scripts/graphql-documents-babel.mjs';

const GQL = join(__dirname, '..', '..', 'apps', 'web', 'src', 'gql');
const FILE = join(__dirname, '..', '..', 'apps', 'web', 'src', 'features', 'learning', 'documents.ts');

function transform(source: string): string {
  const output = transformSync(source, {
    filename: FILE,
    babelrc: false,
    configFile: false,
    parserOpts: { plugins: ['typescript'] },
    plugins: [[graphqlDocuments, { artifactDirectory: GQL }]],
  });
  return output?.code ?? '';
}

describe('graphql() documents inlined at build time', () => {
  it('replaces a graphql() call by the generated document, fragments included, and imports nothing', () => {
    const code = transform(
      "import { graphql } from '../../gql';\n" +
        'export const MyLearningDocument = graphql(`\n  query MyLearning($programId: ID!) {\n    myLearning(programId: $programId) { activity { id } }\n  }\n`);',
    );
    const document = /export const MyLearningDocument = (\{[\s\S]*\});/.exec(code)?.[1] ?? '';
    const value = runInNewContext(`(${document})`) as {
      kind: string;
      definitions: { kind: string; name: { value: string } }[];
    };
    expect(value.kind).toBe('Document');
    expect(value.definitions.map((definition) => `${definition.kind} ${definition.name.value}`)).toEqual([
      'OperationDefinition MyLearning',
      'FragmentDefinition LearningActivityFields',
      'FragmentDefinition ParticipationFields',
    ]);
    expect(code).not.toContain('graphql(');
    expect(code).not.toContain('gql/graphql');
  });

  it('leaves other calls alone and fails the build for a document codegen has not written', () => {
    expect(transform('const x = other(`query Foo { a }`);')).toContain('other(`query Foo { a }`)');
    expect(() => transform('const x = graphql(`query NotGeneratedYet { myLearning { id } }`);')).toThrow(
      /NotGeneratedYet is not in gql\/graphql.ts: run npm run web:codegen/,
    );
  });
});
