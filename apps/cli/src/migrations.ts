import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { projectRoot } from '@banso/core';

export const MIGRATIONS_DIR = join(projectRoot(), 'migrations');

/** Applies pending migrations, each in its own transaction; returns the names applied. */
export async function applyMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}

/** SQL that would bring the database in line with the entities: empty when migrations and entities agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query),
    down: log.downQueries.map((q) => q.query),
  };
}

function escapeForTemplate(sql: string): string {
  return sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** Writes `<unix-ms>-<Name>.ts` from the entity/database difference and regenerates migrations/index.ts. */
export async function generateMigration(dataSource: DataSource, name: string): Promise<string | null> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Migration name must be PascalCase, e.g. AddOjtVisits');
  const { up, down } = await pendingSchemaChanges(dataSource);
  if (!up.length) return null;
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((q) => `    await queryRunner.query(\`${escapeForTemplate(q)}\`);`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down
  .reverse()
  .map((q) => `    await queryRunner.query(\`${escapeForTemplate(q)}\`);`)
  .join('\n')}
  }
}
`;
  mkdirSync(MIGRATIONS_DIR, { recursive: true });
  const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
  writeFileSync(file, body);
  writeMigrationIndex();
  return file;
}

export function writeMigrationIndex(): void {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f))
    .sort();
  const entries = files.map((f) => {
    const base = f.replace(/\.ts$/, '');
    const [timestamp, name] = base.split('-');
    return { base, className: `${name}${timestamp}` };
  });
  const index = `import { MigrationInterface } from 'typeorm';
${entries.map((e) => `import { ${e.className} } from './${e.base}';`).join('\n')}

/** Every migration, in order. Maintained by \`npm run migration:generate -- <Name>\`. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [${entries.map((e) => e.className).join(', ')}];
`;
  writeFileSync(join(MIGRATIONS_DIR, 'index.ts'), index);
}
