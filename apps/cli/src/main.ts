import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, AppLogger, loadConfigOrExit } from '@banso/core';
import { IdentityService } from '@banso/identity';
import { CliModule } from './cli.module';
import { applyMigrations, generateMigration, pendingSchemaChanges } from './migrations';
import { loadDemoData } from './demo-data';

const USAGE = `Banso admin commands
  migrate                              apply pending migrations
  migration:check                      fail when entities and migrations drift
  migration:generate <PascalName>      write a migration from the entity/database difference
  create-admin --email E --password P [--name N]
                                       create the first admin (does nothing if the email exists)
  seed-demo                            load the demo program (idempotent)`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

async function withContext<T>(config: AppConfig, work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule.register(config), {
    logger: new AppLogger({ logLevel: 'warn' }, 'cli'),
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function run(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const config = loadConfigOrExit();
  switch (command) {
    case 'migrate':
      return withContext(config, async (app) => {
        const applied = await applyMigrations(app.get(DataSource));
        process.stdout.write(`migrations applied: ${applied.length ? applied.join(', ') : 'none pending'}\n`);
        return 0;
      });
    case 'migration:check':
      return withContext(config, async (app) => {
        const dataSource = app.get(DataSource);
        await applyMigrations(dataSource);
        const { up } = await pendingSchemaChanges(dataSource);
        if (up.length) {
          process.stderr.write(`Schema drift: entities differ from migrations. Missing SQL:\n${up.join(';\n')}\n`);
          return 1;
        }
        process.stdout.write('migration check: entities and migrations agree\n');
        return 0;
      });
    case 'migration:generate': {
      const name = rest[0];
      if (!name) throw new Error('usage: migration:generate <PascalName>');
      return withContext(config, async (app) => {
        const dataSource = app.get(DataSource);
        await applyMigrations(dataSource);
        const file = await generateMigration(dataSource, name);
        process.stdout.write(file ? `written ${file}\n` : 'no schema changes\n');
        return 0;
      });
    }
    case 'create-admin': {
      const email = option(rest, 'email');
      const password = option(rest, 'password');
      if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error('--email must be a valid email address');
      if (!password || password.length < 12) throw new Error('--password must be at least 12 characters');
      return withContext(config, async (app) => {
        const result = await app
          .get(IdentityService)
          .ensureAdmin(email, password, option(rest, 'name') ?? '管理者', 'Banso 運営事務局');
        process.stdout.write(
          result.created
            ? `admin created: ${result.user.email}\n`
            : `account already exists: ${result.user.email} (unchanged)\n`,
        );
        return 0;
      });
    }
    case 'seed-demo':
      return withContext(config, async (app) => {
        const logins = await loadDemoData(app, 'admin@banso.example');
        process.stdout.write(`demo data ready (${logins.length} logins)\n`);
        return 0;
      });
    default:
      process.stderr.write(`unknown command: ${command}\n${USAGE}\n`);
      return 2;
  }
}

if (require.main === module) {
  run(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((error: Error) => {
      process.stderr.write(`error: ${error.message}\n`);
      process.exit(1);
    });
}
