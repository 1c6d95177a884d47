import { INestApplicationContext } from '@nestjs/common';
import { AppLogger } from './logger';

/**
 * On SIGTERM or SIGINT: close the application (HTTP server stops accepting, BullMQ workers stop taking jobs and wait
 * for the active ones, connections close), log, and exit 0. A second signal exits at once.
 */
export function exitGracefullyOnSignals(app: INestApplicationContext, logger: AppLogger, service: string): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) process.exit(1);
    closing = true;
    logger.log({ msg: `${service} stopping`, signal });
    app
      .close()
      .then(() => {
        logger.log({ msg: `${service} stopped`, signal });
        process.exit(0);
      })
      .catch((error: Error) => {
        logger.error(`${service} failed to stop cleanly: ${error.message}`, error.stack);
        process.exit(1);
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
