import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, AppLogger } from '@banso/core';
import { AppModule } from './app.module';
import { mountGraphqlIde } from './graphql/ide';
import { useRequestBodyParsing } from './http/request-body';
import { defaultWebRoot, mountWebApp } from './web/web-app';

export interface ApiAppOptions {
  /** Folder of the built web app to serve at `/`; default dist/web when it has been built, null for none. */
  webRoot?: string | null;
}

/** Builds the api application (used by main.ts and by the e2e tests). */
export async function createApiApp(config: AppConfig, options: ApiAppOptions = {}): Promise<NestExpressApplication> {
  const logger = new AppLogger(config, 'api');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    logger,
    abortOnError: false,
    bodyParser: false,
  });
  app.set('trust proxy', 1);
  useRequestBodyParsing(app);
  if (!config.isProduction) mountGraphqlIde(app);
  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  if (webRoot) mountWebApp(app, webRoot);
  await app.init();
  return app;
}
