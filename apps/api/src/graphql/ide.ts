import { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** GraphiQL served from node_modules, so the IDE works with no internet access (no CDN). */
const ASSETS: Record<string, { module: string; file: string; type: string }> = {
  'react.js': { module: 'react', file: 'umd/react.production.min.js', type: 'application/javascript' },
  'react-dom.js': { module: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'application/javascript' },
  'graphiql.js': { module: 'graphiql', file: 'graphiql.min.js', type: 'application/javascript' },
  'graphiql.css': { module: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const PAGE = `<!doctype html>
<html lang="ja">
  <head>
    <meta charset="utf-8" />
    <title>Banso GraphQL</title>
    <link rel="stylesheet" href="/graphql-ide/graphiql.css" />
    <style>body { margin: 0; height: 100vh; } #ide { height: 100vh; }</style>
  </head>
  <body>
    <div id="ide">Loading…</div>
    <script src="/graphql-ide/react.js"></script>
    <script src="/graphql-ide/react-dom.js"></script>
    <script src="/graphql-ide/graphiql.js"></script>
    <script>
      const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
      const defaultQuery = '# 1. Log in (demo: owner@banso.example / banso-demo-2025)\\n' +
        'mutation Login {\\n  login(input: { email: "owner@banso.example", password: "banso-demo-2025" }) {\\n' +
        '    ... on AuthPayload { accessToken user { displayName } }\\n    ... on ErrorResult { code message }\\n  }\\n}\\n\\n' +
        '# 2. Put {"Authorization": "Bearer <accessToken>"} in Headers, then:\\n' +
        'query MyPrograms {\\n  myPrograms(first: 10) { edges { node { name fiscalYear status members { role user { displayName } } } } }\\n}\\n';
      ReactDOM.createRoot(document.getElementById('ide')).render(
        React.createElement(GraphiQL, { fetcher, defaultQuery, shouldPersistHeaders: true }),
      );
    </script>
  </body>
</html>`;

export function mountGraphqlIde(app: INestApplication): void {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const [name, asset] of Object.entries(ASSETS)) {
    const packageDir = dirname(require.resolve(`${asset.module}/package.json`));
    files.set(name, { body: readFileSync(join(packageDir, asset.file)), type: asset.type });
  }
  app.use('/graphql-ide/:file', (req: Request, res: Response, next: NextFunction) => {
    const file = files.get(String(req.params.file));
    if (!file) return next();
    res.setHeader('Content-Type', file.type);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.end(file.body);
  });
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !req.query.query;
    if (!wantsHtml) return next();
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(PAGE);
  });
}
