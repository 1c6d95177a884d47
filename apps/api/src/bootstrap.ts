import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, AppLogger } from '@banso/core';
import { AppModule } from './app.module';
import { mountGraphqlIde } from './graphql/ide';
import { useRequestBodyParsing } from './http/request-body';

/** Builds the api application (used by main.ts and by the e2e tests). */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const logger = new AppLogger(config, 'api');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    logger,
    abortOnError: false,
    bodyParser: false,
  });
  app.set('trust proxy', 1);
  useRequestBodyParsing(app);
  if (!config.isProduction) mountGraphqlIde(app);
  await app.init();
  return app;
}
