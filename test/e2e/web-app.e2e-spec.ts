import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from '../utils/test-app';

const INDEX = '<!doctype html><html lang="ja"><body><div id="root"></div></body></html>';

describe('the api serves the web app at /', () => {
  let t: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'banso-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    writeFileSync(join(webRoot, 'assets', 'index-Rf2EG26l.js'), 'console.log("app");');
    writeFileSync(join(webRoot, 'robots.txt'), 'User-agent: *');
    t = await TestApp.start({ webRoot });
  });

  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers / with index.html, never cached', async () => {
    const response = await t.http.get('/').set('Accept', 'text/html');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.text).toBe(INDEX);
  });

  it('answers client routes with index.html so the app can route them', async () => {
    for (const path of ['/login', '/trainee/visits/0f3c', '/mentor?tab=inbox']) {
      const response = await t.http.get(path).set('Accept', 'text/html,application/xhtml+xml');
      expect({ path, status: response.status, body: response.text }).toEqual({ path, status: 200, body: INDEX });
    }
  });

  it('serves hashed assets with a year of immutable caching and other files revalidated', async () => {
    const asset = await t.http.get('/assets/index-Rf2EG26l.js');
    expect(asset.status).toBe(200);
    expect(asset.text).toBe('console.log("app");');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const robots = await t.http.get('/robots.txt');
    expect(robots.headers['cache-control']).toBe('no-cache');
  });

  it('does not answer a missing asset with index.html', async () => {
    const response = await t.http.get('/assets/gone-Ab12Cd34.js').set('Accept', 'text/html,*/*');
    expect(response.status).toBe(404);
    expect(response.text).not.toBe(INDEX);
  });

  it('leaves /graphql, /health, /.well-known, /credentials, /imports and /exports to the api', async () => {
    const graphql = await t.http
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: '{ __typename }' });
    expect(graphql.body).toEqual({ data: { __typename: 'Query' } });
    const health = await t.http.get('/health').set('Accept', 'text/html');
    expect(health.headers['content-type']).toContain('application/json');
    // Unknown api paths are the api's 404, the export download wants a token: never the web app.
    const expected: [string, number][] = [
      ['/.well-known/openid-configuration', 404],
      ['/credentials/status/00000000-0000-4000-8000-000000000000', 404],
      ['/imports/unknown.csv', 404],
      ['/exports/00000000-0000-4000-8000-000000000000', 401],
    ];
    for (const [path, status] of expected) {
      const response = await t.http.get(path).set('Accept', 'text/html');
      expect({ path, status: response.status, isApp: response.text === INDEX }).toEqual({ path, status, isApp: false });
    }
  });

  it('does not answer non-GET requests to client routes with the app', async () => {
    const response = await t.http.post('/trainee').set('Accept', 'text/html');
    expect(response.status).toBe(404);
  });
});
