import { TestApp, errorCode } from '../utils/test-app';
import { Cohort, TEST_PASSWORD } from '../factories';

const ERROR = '... on ErrorResult { code message }';
const UPDATE_ORGANIZATION = `mutation ($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { id name kind sector prefecture }
}`;
const CREATE_USER = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { __typename ... on User { id email } ${ERROR} }
}`;
const ISSUE_LINK = `mutation ($input: IssuePasswordSetupLinkInput!) {
  issuePasswordSetupLink(input: $input) { userId token expiresAt }
}`;
const SET_PASSWORD = `mutation ($input: SetPasswordWithTokenInput!) {
  setPasswordWithToken(input: $input) { __typename ... on PasswordChanged { userId } ${ERROR} }
}`;
const LOGIN = `mutation ($input: LoginInput!) {
  login(input: $input) { __typename ... on AuthPayload { accessToken refreshToken } ${ERROR} }
}`;
const REFRESH = `mutation ($input: RefreshTokenInput!) {
  refreshToken(input: $input) { __typename ... on AuthPayload { refreshToken } ${ERROR} }
}`;
const AUDIT = `query ($entityId: ID!) {
  auditEvents(entityType: "Organization", entityId: $entityId) { edges { node { action actor { displayName } } } }
}`;
const LOGOUT_EVERYWHERE = `mutation { logoutEverywhere }`;
const CANDIDATES = `query ($programId: ID!, $search: String!) {
  programMemberCandidates(programId: $programId, search: $search) { id displayName email organization { name } }
}`;

type Candidate = { id: string; displayName: string; email: string; organization: { name: string } };

describe('Setting up without GraphiQL: organisations, first passwords, sessions, member search', () => {
  let t: TestApp;
  let c: Cohort;

  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
  });
  afterAll(() => t.close());

  describe('updateOrganization (admins)', () => {
    it("renames an organisation, clears its prefecture and audits the change under the admin's name", async () => {
      const organization = await t.factory.organization({ name: '北浜信用金庫' });
      const res = await t.gql<{ updateOrganization: Record<string, unknown> }>(
        UPDATE_ORGANIZATION,
        { input: { organizationId: organization.id, name: '  北浜しんきん  ', kind: 'SHINKIN_BANK', prefecture: '' } },
        { as: c.admin },
      );
      expect(res.data!.updateOrganization).toEqual({
        id: organization.id,
        name: '北浜しんきん',
        kind: 'SHINKIN_BANK',
        sector: 'PUBLIC',
        prefecture: null,
      });
      const trail = await t.gql<{
        auditEvents: { edges: { node: { action: string; actor: { displayName: string } | null } }[] };
      }>(AUDIT, { entityId: organization.id }, { as: c.admin });
      expect(trail.data!.auditEvents.edges.map((e) => e.node)).toEqual([
        { action: 'organization.update', actor: { displayName: '管理者' } },
      ]);
    });

    it.each([
      ['an owner', (x: Cohort) => x.owner],
      ['a trainee', (x: Cohort) => x.trainee],
    ])('refuses %s with FORBIDDEN and changes nothing', async (_role, who) => {
      const organization = await t.factory.organization({ name: '南港商工会' });
      const res = await t.gql(
        UPDATE_ORGANIZATION,
        { input: { organizationId: organization.id, name: '乗っ取り' } },
        { as: who(c) },
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
      const [row] = await t.dataSource.query<{ name: string }[]>(`SELECT name FROM organization WHERE id = $1`, [
        organization.id,
      ]);
      expect(row.name).toBe('南港商工会');
    });

    it('answers NOT_FOUND for an unknown organisation', async () => {
      const res = await t.gql(
        UPDATE_ORGANIZATION,
        { input: { organizationId: '00000000-0000-4000-8000-000000000000', name: '幻の組織' } },
        { as: c.admin },
      );
      expect(errorCode(res)).toBe('NOT_FOUND');
    });

    it('names input.name when it is blank, in Japanese and in English', async () => {
      const organization = await t.factory.organization();
      const adminEn = await t.factory.admin({ organizationId: c.operator.id, locale: 'en' });
      for (const [locale, admin] of [
        ['ja', c.admin],
        ['en', adminEn],
      ] as const) {
        const res = await t.gql(
          UPDATE_ORGANIZATION,
          { input: { organizationId: organization.id, name: '' } },
          { as: admin, locale },
        );
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        const fields = res.errors![0].extensions.fields!;
        expect(fields.map((f) => f.field)).toEqual(['input.name']);
        expect(fields[0].message).toMatch(locale === 'ja' ? /[ぁ-んァ-ン一-龥]/ : /^[\x20-\x7e]+$/);
      }
    });
  });

  describe('first password by a one-time link', () => {
    it('creates an account without a password, issues a link, and the link sets the password exactly once', async () => {
      const created = await t.gql<{ createUser: { __typename: string; id: string } }>(
        CREATE_USER,
        { input: { email: 'newcomer@banso.test', displayName: '新人 花子', organizationId: c.chamber.id } },
        { as: c.admin },
      );
      expect(created.data!.createUser.__typename).toBe('User');
      const userId = created.data!.createUser.id;

      const locked = await t.gql<{ login: { __typename: string } }>(LOGIN, {
        input: { email: 'newcomer@banso.test', password: 'anything-at-all-1' },
      });
      expect(locked.data!.login.__typename).toBe('InvalidCredentialsError');

      const link = await t.gql<{ issuePasswordSetupLink: { userId: string; token: string; expiresAt: string } }>(
        ISSUE_LINK,
        { input: { userId } },
        { as: c.admin },
      );
      const { token, expiresAt } = link.data!.issuePasswordSetupLink;
      expect(link.data!.issuePasswordSetupLink.userId).toBe(userId);
      expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now() + 71 * 3600 * 1000);

      const set = await t.gql<{ setPasswordWithToken: Record<string, unknown> }>(SET_PASSWORD, {
        input: { token, newPassword: 'hanako-first-password' },
      });
      expect(set.data!.setPasswordWithToken).toEqual({ __typename: 'PasswordChanged', userId });

      const login = await t.gql<{ login: { __typename: string } }>(LOGIN, {
        input: { email: 'newcomer@banso.test', password: 'hanako-first-password' },
      });
      expect(login.data!.login.__typename).toBe('AuthPayload');

      const again = await t.gql<{ setPasswordWithToken: { __typename: string; code: string } }>(
        SET_PASSWORD,
        { input: { token, newPassword: 'someone-else-password' } },
        { locale: 'en' },
      );
      expect(again.data!.setPasswordWithToken).toMatchObject({
        __typename: 'InvalidPasswordSetupTokenError',
        code: 'INVALID_PASSWORD_SETUP_TOKEN',
      });
      expect(await t.count('audit_event', `"entityId" = $1 AND action = 'user.setPasswordWithLink'`, [userId])).toBe(1);
    });

    it('refuses a forged token and an access token used as a link, in the caller language', async () => {
      const access = t.tokenFor(c.trainee);
      for (const [token, locale, pattern] of [
        ['not-a-token', 'ja', /パスワード設定リンク/],
        [access, 'en', /set-password link/],
      ] as const) {
        const res = await t.gql<{ setPasswordWithToken: { __typename: string; message: string } }>(
          SET_PASSWORD,
          { input: { token, newPassword: 'a-long-enough-password' } },
          { locale },
        );
        expect(res.data!.setPasswordWithToken.__typename).toBe('InvalidPasswordSetupTokenError');
        expect(res.data!.setPasswordWithToken.message).toMatch(pattern);
      }
    });

    it('names input.newPassword when it is shorter than 12 characters and spends nothing', async () => {
      const user = await t.factory.user({ organizationId: c.chamber.id });
      const link = await t.gql<{ issuePasswordSetupLink: { token: string } }>(
        ISSUE_LINK,
        { input: { userId: user.id } },
        { as: c.admin },
      );
      const token = link.data!.issuePasswordSetupLink.token;
      for (const locale of ['ja', 'en'] as const) {
        const res = await t.gql(SET_PASSWORD, { input: { token, newPassword: 'short' } }, { locale });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['input.newPassword']);
      }
      const ok = await t.gql<{ setPasswordWithToken: { __typename: string } }>(SET_PASSWORD, {
        input: { token, newPassword: 'now-long-enough-password' },
      });
      expect(ok.data!.setPasswordWithToken.__typename).toBe('PasswordChanged');
    });

    it('lets only admins issue links; an unknown account is NOT_FOUND', async () => {
      for (const who of [c.owner, c.mentor, c.trainee]) {
        const res = await t.gql(ISSUE_LINK, { input: { userId: c.trainee.id } }, { as: who });
        expect(errorCode(res)).toBe('FORBIDDEN');
      }
      const unknown = await t.gql(
        ISSUE_LINK,
        { input: { userId: '00000000-0000-4000-8000-000000000000' } },
        { as: c.admin },
      );
      expect(errorCode(unknown)).toBe('NOT_FOUND');
    });

    it('still requires 12 characters when an admin gives the first password, naming input.password', async () => {
      const res = await t.gql(
        CREATE_USER,
        { input: { email: 'short@banso.test', displayName: '短い', organizationId: c.chamber.id, password: 'short' } },
        { as: c.admin, locale: 'en' },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['input.password']);
    });
  });

  describe('logoutEverywhere', () => {
    it('revokes every refresh token of the caller and of nobody else', async () => {
      const me = await t.factory.user({ organizationId: c.chamber.id });
      const other = await t.factory.user({ organizationId: c.chamber.id });
      const sessions: string[] = [];
      for (const email of [me.email, me.email, other.email]) {
        const res = await t.gql<{ login: { refreshToken: string } }>(LOGIN, {
          input: { email, password: TEST_PASSWORD },
        });
        sessions.push(res.data!.login.refreshToken);
      }
      const res = await t.gql<{ logoutEverywhere: boolean }>(LOGOUT_EVERYWHERE, {}, { as: me });
      expect(res.data).toEqual({ logoutEverywhere: true });
      const outcomes: string[] = [];
      for (const refreshToken of sessions) {
        const refreshed = await t.gql<{ refreshToken: { __typename: string } }>(REFRESH, { input: { refreshToken } });
        outcomes.push(refreshed.data!.refreshToken.__typename);
      }
      expect(outcomes).toEqual(['InvalidRefreshTokenError', 'InvalidRefreshTokenError', 'AuthPayload']);
    });

    it('needs a signed-in caller', async () => {
      expect(errorCode(await t.gql(LOGOUT_EVERYWHERE))).toBe('UNAUTHENTICATED');
    });
  });

  describe('programMemberCandidates (search accounts to add to a program)', () => {
    it('lets the owner find active accounts of any organisation by name or email, disabled ones left out', async () => {
      const bank = await t.factory.organization({ name: 'みおつくし銀行', kind: 'REGIONAL_BANK' });
      const watanabe = await t.factory.user({
        organizationId: bank.id,
        displayName: '渡辺 大輔',
        email: 'daisuke.watanabe@bank.test',
      });
      await t.factory.user({ organizationId: bank.id, displayName: '渡辺 退職', status: 'DISABLED' });
      const byName = await t.gql<{ programMemberCandidates: Candidate[] }>(
        CANDIDATES,
        { programId: c.program.id, search: '渡辺' },
        { as: c.owner },
      );
      expect(byName.data!.programMemberCandidates).toEqual([
        {
          id: watanabe.id,
          displayName: '渡辺 大輔',
          email: 'daisuke.watanabe@bank.test',
          organization: { name: 'みおつくし銀行' },
        },
      ]);
      const byEmail = await t.gql<{ programMemberCandidates: Candidate[] }>(
        CANDIDATES,
        { programId: c.program.id, search: 'WATANABE@bank' },
        { as: c.admin },
      );
      expect(byEmail.data!.programMemberCandidates.map((u) => u.id)).toEqual([watanabe.id]);
    });

    it('treats % and _ as plain characters', async () => {
      const res = await t.gql<{ programMemberCandidates: Candidate[] }>(
        CANDIDATES,
        { programId: c.program.id, search: '%' },
        { as: c.owner },
      );
      expect(res.data!.programMemberCandidates).toEqual([]);
    });

    it('refuses a mentor and a trainee of the program (FORBIDDEN) and hides the program from an outsider', async () => {
      for (const who of [c.mentor, c.trainee]) {
        const res = await t.gql(CANDIDATES, { programId: c.program.id, search: '田中' }, { as: who });
        expect(errorCode(res)).toBe('FORBIDDEN');
      }
      const outsider = await t.gql(CANDIDATES, { programId: c.program.id, search: '田中' }, { as: c.otherOwner });
      expect(errorCode(outsider)).toBe('NOT_FOUND');
    });

    it('names search when it is empty or too long, in Japanese and English', async () => {
      const ownerEn = await t.factory.user({ organizationId: c.operator.id, locale: 'en' });
      await t.factory.member(c.program.id, ownerEn.id, 'OWNER');
      for (const [search, owner, pattern] of [
        ['', c.owner, /[ぁ-んァ-ン一-龥]/],
        ['x'.repeat(101), ownerEn, /^[\x20-\x7e]+$/],
      ] as const) {
        const res = await t.gql(CANDIDATES, { programId: c.program.id, search }, { as: owner });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        // Named as the api names it (the web client strips a leading `input.`)
        expect(res.errors![0].extensions.fields!.map((f) => f.field)).toEqual([expect.stringMatching(/(^|\.)search$/)]);
        expect(res.errors![0].extensions.fields![0].message).toMatch(pattern);
      }
    });
  });
});
