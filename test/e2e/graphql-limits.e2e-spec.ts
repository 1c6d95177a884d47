import { DEFAULT_QUERY_LIMITS } from '@banso/core';
import { TestApp, errorCode } from '../utils/test-app';
import { Cohort } from '../factories';

/** Abusive queries are refused before anything runs; a legitimate deep read still works. */
describe('GraphQL depth, alias and cost limits', () => {
  let t: TestApp;
  let c: Cohort;

  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
  });
  afterAll(() => t.close());

  it('answers a legitimate nested read (program → members → user → organisation)', async () => {
    const res = await t.gql<{ program: { members: { user: { organization: { name: string } } }[] } }>(
      `query ($id: ID!) { program(id: $id) { members { user { organization { name } } } } }`,
      { id: c.program.id },
      { as: c.owner },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.program.members).toHaveLength(4);
  });

  it(`refuses a query nested deeper than ${DEFAULT_QUERY_LIMITS.maxDepth} levels with BAD_USER_INPUT`, async () => {
    // The schema has no cycles deep enough, so the nesting goes through fragments of made-up fields: the depth
    // rule looks at the document itself, before any field is resolved.
    const fields = Array.from({ length: 12 }, (_, index) => `f${index}`);
    const nested = fields.reduceRight((inner, field) => `${field} { ${inner} }`, 'id');
    const res = await t.gql(
      `query Deep { me { ...Deep } } fragment Deep on User { ${nested} }`,
      {},
      {
        as: c.trainee,
        locale: 'en',
      },
    );
    expect(res.data).toBeUndefined();
    const depth = res.errors!.find((error) => error.message.startsWith('Query depth'));
    expect(depth).toMatchObject({
      message: `Query depth 14 exceeds the limit of ${DEFAULT_QUERY_LIMITS.maxDepth}`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    for (const error of res.errors!) expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it(`refuses more than ${DEFAULT_QUERY_LIMITS.maxAliases} aliases (batching) with BAD_USER_INPUT, in the caller language`, async () => {
    const aliases = Array.from({ length: DEFAULT_QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`);
    const en = await t.gql(`query { ${aliases.join(' ')} }`, {}, { as: c.trainee, locale: 'en' });
    expect(en.data).toBeUndefined();
    expect(en.errors).toEqual([
      expect.objectContaining({
        message: `The operation uses more than ${DEFAULT_QUERY_LIMITS.maxAliases} aliases`,
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    const ja = await t.gql(`query { ${aliases.join(' ')} }`, {}, { locale: 'ja' });
    expect(ja.errors![0].message).toBe(
      `リクエストが正しくありません: 別名（alias）は ${DEFAULT_QUERY_LIMITS.maxAliases} 個までです（1行目 449文字目）`,
    );

    const allowed = aliases.slice(0, DEFAULT_QUERY_LIMITS.maxAliases).join(' ');
    const ok = await t.gql<Record<string, { id: string }>>(`query { ${allowed} }`, {}, { as: c.trainee });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.a29).toEqual({ id: c.trainee.id });
  });

  it(`refuses a query costing more than ${DEFAULT_QUERY_LIMITS.maxComplexity} with BAD_USER_INPUT, before running it`, async () => {
    const page = `programs(first: 100) { edges { node { id name members { role user { id displayName } } } } }`;
    const query = `query { ${Array.from({ length: 8 }, (_, i) => `p${i}: ${page}`).join(' ')} }`;
    const audit = await t.count('audit_event');
    const res = await t.gql(query, {}, { as: c.admin, locale: 'en' });
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const cost = /^Query cost (\d+) exceeds the limit of (\d+)$/.exec(res.errors![0].message);
    expect(cost).not.toBeNull();
    expect(Number(cost![1])).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxComplexity);
    expect(Number(cost![2])).toBe(DEFAULT_QUERY_LIMITS.maxComplexity);
    expect(await t.count('audit_event')).toBe(audit);

    const single = await t.gql(`query { ${page} }`, {}, { as: c.admin });
    expect(single.errors).toBeUndefined();
  });

  it('a variable that does not fit its type is BAD_USER_INPUT naming it, not a server error', async () => {
    const res = await t.gql(
      `query ($year: Int) { programs(fiscalYear: $year) { totalCount } }`,
      { year: 'R7' },
      { as: c.admin, locale: 'en' },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe('Invalid input: year must be a valid Int');
    expect(res.errors![0].extensions.fields).toEqual([{ field: 'year', message: 'must be a valid Int' }]);
  });

  it('a forged cursor that does not fit the sort columns is BAD_USER_INPUT naming after, not a server error', async () => {
    const forged = [
      Buffer.from(JSON.stringify(['not-a-timestamp', c.program.id])).toString('base64url'),
      Buffer.from(JSON.stringify(['2025-06-01T00:00:00.000Z', 'not-a-uuid'])).toString('base64url'),
      Buffer.from(JSON.stringify([42, c.program.id])).toString('base64url'),
    ];
    for (const after of forged) {
      const res = await t.gql(
        `query ($after: String) { programs(first: 5, after: $after) { totalCount } }`,
        { after },
        { as: c.admin },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields).toEqual([{ field: 'after', message: 'カーソルが正しくありません' }]);
    }
  });
});
