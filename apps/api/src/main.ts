import 'reflect-metadata';
import { AppLogger, loadConfigOrExit } from '@banso/core';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApiApp(config);
  await app.listen(config.port, '0.0.0.0');
  new AppLogger(config, 'api').log({ msg: 'api listening', url: `http://localhost:${config.port}/graphql` });
}

main().catch((error: Error) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', service: 'api', msg: error.message })}\n`);
  process.exit(1);
});
