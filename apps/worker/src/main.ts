import 'reflect-metadata';
import { AppLogger, exitGracefullyOnSignals, loadConfigOrExit } from '@banso/core';
import { createWorker } from './bootstrap';

/**
 * On SIGTERM/SIGINT the worker closes every BullMQ worker: it stops taking jobs and waits for the active ones to
 * finish (a job cut off by a hard kill is retried after its lock expires), then exits 0.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = new AppLogger(config, 'worker');
  const worker = await createWorker(config);
  exitGracefullyOnSignals(worker, logger, 'worker');
  logger.log({ msg: 'worker started', queuePrefix: config.queuePrefix });
}

main().catch((error: Error) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', service: 'worker', msg: error.message })}\n`);
  process.exit(1);
});
