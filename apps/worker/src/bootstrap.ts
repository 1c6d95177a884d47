import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, AppLogger } from '@banso/core';
import { WorkerModule } from './worker.module';

/** Builds the worker (used by main.ts and by the worker e2e tests). */
export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), {
    logger: new AppLogger(config, 'worker'),
  });
  await app.init();
  return app;
}
