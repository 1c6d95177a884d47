// Babel plugin for the web build: each graphql(`…`) call is replaced by its generated document (the DocumentNode
// codegen wrote into gql/graphql.ts), written in place. A chunk then carries only the documents it uses, instead of
// every document of the app in one module shared by the entry chunk (the client preset's graphql() looks documents
// up in a map of all of them). Types are untouched: TypeScript still sees graphql() from gql/gql.ts.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';

const DOCUMENT_LINE = /^export const \w+ = (\{.*\}) as unknown as DocumentNode<.*$/;
let cache = { file: '', mtime: 0, documents: new Map() };

/** The generated documents by their first definition (`OperationDefinition:MyLearning`), read again on change. */
function generatedDocuments(file) {
  const mtime = statSync(file).mtimeMs;
  if (cache.file !== file || cache.mtime !== mtime) {
    const documents = new Map();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const match = DOCUMENT_LINE.exec(line);
      if (!match) continue;
      const document = JSON.parse(match[1]);
      const [first] = document.definitions;
      documents.set(`${first.kind}:${first.name.value}`, document);
    }
    cache = { file, mtime, documents };
  }
  return cache.documents;
}

export default function graphqlDocuments({ types }, { artifactDirectory }) {
  return {
    name: 'banso-graphql-documents',
    visitor: {
      CallExpression(call) {
        const { callee, arguments: args } = call.node;
        if (callee.type !== 'Identifier' || callee.name !== 'graphql' || args[0]?.type !== 'TemplateLiteral') return;
        const [definition] = parse(args[0].quasis[0].value.raw).definitions;
        if (!definition?.name) return;
        const key = `${definition.kind}:${definition.name.value}`;
        const document = generatedDocuments(path.join(artifactDirectory, 'graphql.ts')).get(key);
        if (!document) {
          throw call.buildCodeFrameError(`${definition.name.value} is not in gql/graphql.ts: run npm run web:codegen`);
        }
        call.replaceWith(types.valueToNode(document));
      },
    },
  };
}
