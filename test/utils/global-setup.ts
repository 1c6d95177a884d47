import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { databaseUrl, templateDatabaseName, withServer } from './test-env';

/** Runs once per jest run: migrations into a template database that every test file copies. */
export default async function globalSetup(): Promise<void> {
  process.env.BANSO_TEST_RUN = randomBytes(4).toString('hex');
  const name = templateDatabaseName();
  await withServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl(name),
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}
