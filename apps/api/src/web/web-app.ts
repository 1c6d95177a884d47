import { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Paths the api keeps for itself: never answered with the web app. */
const API_PATHS = [
  '/graphql',
  '/graphql-ide',
  '/health',
  '/.well-known',
  '/exports',
  '/imports',
  '/credentials/status',
];
/** Vite names built assets by content hash (`index-Rf2EG26l.js`): safe to cache for a year. */
const HASHED_ASSET = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

function isApiPath(path: string): boolean {
  return API_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** The built web app (`npm run web:build` writes dist/web), found from source or from dist/. */
export function defaultWebRoot(start: string = __dirname): string | null {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) {
      const root = join(dir, 'dist', 'web');
      return existsSync(join(root, 'index.html')) ? root : null;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Serves the web app at `/`: hashed assets with long-lived immutable caching, index.html never cached, and every
 * other GET that asks for HTML (a client route such as /trainee/visits/…) answered with index.html. The api's own
 * paths keep their handlers.
 */
export function mountWebApp(app: INestApplication, webRoot: string): void {
  const indexHtml = readFileSync(join(webRoot, 'index.html'));
  const statics = express.static(webRoot, {
    index: false,
    fallthrough: true,
    setHeaders(res, filePath) {
      const relative = filePath.slice(webRoot.length).split('\\').join('/');
      res.setHeader('Cache-Control', HASHED_ASSET.test(relative) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendIndex = (res: Response): void => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(indexHtml);
  };
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    if (req.path === '/' || req.path === '/index.html') return sendIndex(res);
    if (req.path.startsWith('/.vite/')) return next();
    statics(req, res, () => {
      const wantsHtml = (req.headers.accept ?? '').includes('text/html');
      if (wantsHtml && !req.path.startsWith('/assets/')) return sendIndex(res);
      next();
    });
  });
}
