import 'reflect-metadata';
import { AppLogger, exitGracefullyOnSignals, loadConfigOrExit } from '@banso/core';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = new AppLogger(config, 'api');
  const app = await createApiApp(config);
  await app.listen(config.port, '0.0.0.0');
  exitGracefullyOnSignals(app, logger, 'api');
  logger.log({ msg: 'api listening', url: `http://localhost:${config.port}/graphql` });
}

main().catch((error: Error) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', service: 'api', msg: error.message })}\n`);
  process.exit(1);
});
