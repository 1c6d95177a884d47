import { TestApp } from '../utils/test-app';
import { Cohort } from '../factories';
import { OjtFactory } from '../factories/ojt.factory';

const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`;
const SET_ISSUES = `mutation ($input: SetManagementIssuesInput!) {
  setManagementIssues(input: $input) { __typename ... on SupportCase { managementIssues { title detail } } }
}`;

/** Text rules at the edge: control characters and broken characters are refused by name; text is stored as NFC. */
describe('hostile text input', () => {
  let t: TestApp;
  let c: Cohort;
  let caseId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    ({ caseId } = await new OjtFactory(t).openCase(c));
  });
  afterAll(() => t.close());

  it('refuses U+0000 with BAD_USER_INPUT naming the field in the caller language, writing nothing', async () => {
    const englishAdmin = await t.factory.user({ systemRole: 'ADMIN', locale: 'en' });
    const before = await t.count('organization');
    for (const [admin, message] of [
      [englishAdmin, 'must not contain control characters other than tab and line breaks'],
      [c.admin, '制御文字（タブ・改行以外）は使えません'],
    ] as const) {
      const res = await t.gql(
        CREATE_ORGANIZATION,
        { input: { name: 'なにわ\u0000商工会', kind: 'OTHER', sector: 'PUBLIC' } },
        { as: admin },
      );
      expect(res.errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.name', message }],
      });
    }
    expect(await t.count('organization')).toBe(before);
  });

  it('refuses a lone surrogate and other C0 controls inside nested lists, naming each one', async () => {
    const res = await t.gql(
      SET_ISSUES,
      {
        input: {
          supportCaseId: caseId,
          issues: [
            { title: '後継者不在', priority: 1 },
            { title: '\uD800技術承継', priority: 2 },
            { title: '販路', detail: '\u001b[2J', priority: 3 },
          ],
        },
      },
      { as: c.trainee, locale: 'en' },
    );
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual([
      'input.issues.1.title',
      'input.issues.2.detail',
    ]);
    expect(await t.count('support_case', `id = $1 AND "managementIssues" <> '[]'::jsonb`, [caseId])).toBe(0);
  });

  it('keeps tab and line breaks and stores text in NFC', async () => {
    const res = await t.gql<{ setManagementIssues: { managementIssues: { title: string; detail: string }[] } }>(
      SET_ISSUES,
      {
        input: {
          supportCaseId: caseId,
          issues: [{ title: 'カ\u3099イト\u3099', detail: '一行目\r\n\t二行目', priority: 1 }],
        },
      },
      { as: c.trainee },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.setManagementIssues.managementIssues).toEqual([{ title: 'ガイド', detail: '一行目\r\n\t二行目' }]);
  });
});
