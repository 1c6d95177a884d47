import { TestApp } from '../utils/test-app';

describe('HTTP endpoints besides GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('GET /health reports PostgreSQL and Redis reachable, without authentication', async () => {
    const res = await t.http.get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', postgres: 'up', redis: 'up' });
  });

  it('GET /graphql in a browser serves GraphiQL whose assets all come from this server (works offline)', async () => {
    const page = await t.http.get('/graphql').set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const sources = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toEqual([
      '/graphql-ide/graphiql.css',
      '/graphql-ide/react.js',
      '/graphql-ide/react-dom.js',
      '/graphql-ide/graphiql.js',
    ]);
    expect(page.text).not.toMatch(/https?:\/\//);
    for (const source of sources) {
      const asset = await t.http.get(source);
      expect(asset.status).toBe(200);
      expect(asset.body.length ?? asset.text.length).toBeGreaterThan(1000);
    }
  });

  it('still answers GraphQL requests on the same path', async () => {
    const res = await t.http.post('/graphql').send({ query: '{ __typename }' });
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a body over the limit with a GraphQL error PAYLOAD_TOO_LARGE (413) in the caller language', async () => {
    const huge = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } });
    for (const [locale, message] of [
      ['ja', 'リクエストが大きすぎます（上限 1 MB）'],
      ['en', 'The request is too large (at most 1 MB)'],
    ]) {
      const res = await t.http
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .set('Accept-Language', locale)
        .send(huge);
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ errors: [{ message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    }
  });

  it('answers a body that is not JSON with BAD_USER_INPUT (400), GraphQL-shaped', async () => {
    const res = await t.http
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Accept-Language', 'en')
      .send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });
});
