import 'reflect-metadata';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, loadConfigOrExit, projectRoot } from '@banso/core';
import { createApiApp } from './bootstrap';

const SCHEMA_FILE = join(projectRoot(), 'schema.gql');

/** The api's GraphQL schema as committed in schema.gql (sorted, printed). */
export async function printedSchema(config: AppConfig): Promise<string> {
  const app = await createApiApp(config);
  try {
    return printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
  } finally {
    await app.close();
  }
}

/** `schema` writes schema.gql; `schema --check` fails when it differs from the code. */
async function run(args: string[]): Promise<number> {
  const printed = await printedSchema(loadConfigOrExit());
  if (args.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== printed) {
      process.stderr.write('schema.gql is out of date: run `npm run schema:write` and commit it\n');
      return 1;
    }
    process.stdout.write('schema check: schema.gql matches the code\n');
    return 0;
  }
  writeFileSync(SCHEMA_FILE, printed);
  process.stdout.write(`written ${SCHEMA_FILE}\n`);
  return 0;
}

if (require.main === module) {
  run(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((error: Error) => {
      process.stderr.write(`error: ${error.message}\n`);
      process.exit(1);
    });
}
