import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { checkTestServices, testServiceUrls } from '../tools/test-services';
import { databaseUrl, templateDatabaseName, withServer } from './test-env';

/**
 * Runs once per jest run: migrations into a template database that every test file copies. First it checks that
 * PostgreSQL and Redis answer, and otherwise stops with a message saying what to start or set.
 */
export default async function globalSetup(): Promise<void> {
  await checkTestServices(testServiceUrls());
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
