import 'reflect-metadata';
import { AppLogger, loadConfigOrExit } from '@banso/core';
import { createWorker } from './bootstrap';

/**
 * On SIGTERM/SIGINT Nest closes every BullMQ worker: it stops taking jobs and waits for the active ones to finish
 * (a job cut off by a hard kill is retried after its lock expires).
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  await createWorker(config);
  new AppLogger(config, 'worker').log({ msg: 'worker started', queuePrefix: config.queuePrefix });
}

main().catch((error: Error) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', service: 'worker', msg: error.message })}\n`);
  process.exit(1);
});
