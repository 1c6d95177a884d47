import { TestApp, errorCode } from '../utils/test-app';
import { AuthorizationMatrix, Outcome } from '../utils/authorization-matrix';
import { Cohort, UserRow } from '../factories';
import {
  CANCEL_VISIT,
  CREATE_COMPANY,
  GIVE_FEEDBACK,
  OjtFactory,
  OPEN_CASE,
  PLAN_VISIT,
  RECORD_POST_BRIEF,
  RECORD_PRE_BRIEF,
  RECORD_VISIT,
} from '../factories/ojt.factory';

type Role =
  | 'anonymous'
  | 'trainee'
  | 'mentor'
  | 'otherMentor'
  | 'otherTrainee'
  | 'outsiderTrainee'
  | 'owner'
  | 'otherOwner'
  | 'admin';

/** Roles that never succeed come first, so a fixture is only rebuilt after a success. */
const ROLES: Role[] = [
  'anonymous',
  'otherMentor',
  'otherTrainee',
  'outsiderTrainee',
  'otherOwner',
  'mentor',
  'trainee',
  'owner',
  'admin',
];

type Expectation = Record<Role, Outcome>;

const mutation = (name: string, input: string, success: string) => `mutation ($input: ${input}!) {
  ${name}(input: $input) { __typename ... on ${success} { id } ... on ErrorResult { code } }
}`;

describe('OJT authorization matrix (every operation × role)', () => {
  let t: TestApp;
  let ojt: OjtFactory;
  let c: Cohort;
  let users: Record<Exclude<Role, 'anonymous'>, UserRow>;
  let authorization: AuthorizationMatrix<Role>;

  beforeAll(async () => {
    t = await TestApp.start();
    ojt = new OjtFactory(t);
    c = await t.factory.cohort();
    const otherOrganization = await t.factory.organization({ name: '北摂商工会' });
    const outsiderTrainee = await t.factory.user({ organizationId: otherOrganization.id, displayName: '松本 陽菜' });
    await t.factory.member(c.program.id, outsiderTrainee.id, 'TRAINEE');
    users = {
      trainee: c.trainee,
      mentor: c.mentor,
      otherMentor: c.otherMentor,
      otherTrainee: c.otherTrainee,
      outsiderTrainee,
      owner: c.owner,
      otherOwner: c.otherOwner,
      admin: c.admin,
    };
    authorization = new AuthorizationMatrix(t, ROLES, () => ({ anonymous: null, ...users }));
  });
  afterAll(() => t.close());

  /** Calls an operation as each role, rebuilding its records after each success (see test/utils). */
  const matrix = (
    query: string,
    success: string,
    variables: () => Promise<Record<string, unknown>> | Record<string, unknown>,
  ): Promise<Expectation> => authorization.outcomes({ query, success, variables });

  const writerOnly = (overrides: Partial<Expectation> = {}): Expectation => ({
    anonymous: 'UNAUTHENTICATED',
    otherMentor: 'NOT_FOUND',
    otherTrainee: 'NOT_FOUND',
    outsiderTrainee: 'NOT_FOUND',
    otherOwner: 'NOT_FOUND',
    mentor: 'FORBIDDEN',
    trainee: 'OK',
    owner: 'OK',
    admin: 'OK',
    ...overrides,
  });

  const caseInput = async () => ({ supportCaseId: (await ojt.openCase(c)).caseId });
  const postBriefedVisit = async () => ojt.postBriefedVisit(c, (await ojt.openCase(c)).caseId);

  describe('client companies', () => {
    it('createClientCompany: any signed-in person, for their own organisation', async () => {
      const input = { name: '株式会社テスト', industry: '卸売業', prefecture: '兵庫県' };
      expect(await matrix(CREATE_COMPANY, 'ClientCompany', () => ({ input }))).toEqual({
        ...writerOnly(),
        otherMentor: 'OK',
        otherTrainee: 'OK',
        outsiderTrainee: 'OK',
        otherOwner: 'OK',
        mentor: 'OK',
      });
      expect(await t.count('client_company', `name = '株式会社テスト' AND "organizationId" = $1`, [c.chamber.id])).toBe(
        2,
      );
    });

    it('clientCompany: its organisation and the staff of its cases; a trainee of another organisation gets NOT_FOUND', async () => {
      const { companyId } = await ojt.openCase(c);
      const query = `query ($id: ID!) { clientCompany(id: $id) { __typename id name } }`;
      expect(await matrix(query, 'ClientCompany', () => ({ id: companyId }))).toEqual({
        anonymous: 'UNAUTHENTICATED',
        otherMentor: 'NOT_FOUND',
        otherTrainee: 'OK',
        outsiderTrainee: 'NOT_FOUND',
        otherOwner: 'NOT_FOUND',
        mentor: 'OK',
        trainee: 'OK',
        owner: 'OK',
        admin: 'OK',
      });
    });
  });

  describe('support cases', () => {
    it('openSupportCase: the lead trainee for their own company (others cannot see a company without cases)', async () => {
      const setup = async () => ({
        input: {
          programId: c.program.id,
          clientCompanyId: (await ojt.company(c.trainee)).id,
          leadTraineeId: c.trainee.id,
        },
      });
      expect(await matrix(OPEN_CASE, 'SupportCase', setup)).toEqual(
        writerOnly({ mentor: 'NOT_FOUND', owner: 'NOT_FOUND' }),
      );
    });

    it('supportCase: lead trainee, paired mentor, owner, admin', async () => {
      const { caseId } = await ojt.openCase(c);
      const query = `query ($id: ID!) { supportCase(id: $id) { __typename id } }`;
      expect(await matrix(query, 'SupportCase', () => ({ id: caseId }))).toEqual(writerOnly({ mentor: 'OK' }));
    });

    it('setManagementIssues, setTalentRequirement, moveSupportCaseToStep, recordCaseMilestone, handOffSupportCase: lead trainee, owner, admin', async () => {
      const bank = await t.factory.organization({ name: 'きのくに信用金庫', kind: 'REGIONAL_BANK' });
      const operations: [string, string, string, Record<string, unknown>][] = [
        [
          'setManagementIssues',
          'SetManagementIssuesInput',
          'SupportCase',
          {
            issues: [{ title: '事業承継', priority: 1 }],
          },
        ],
        [
          'setTalentRequirement',
          'SetTalentRequirementInput',
          'SupportCase',
          {
            candidateProfile: '経理部長候補',
            expectations: '管理会計の導入',
            roleAndDuties: '月次決算の早期化',
            mustHave: ['簿記2級'],
            niceToHave: [],
            engagementType: 'CONCURRENT',
          },
        ],
        [
          'moveSupportCaseToStep',
          'MoveSupportCaseToStepInput',
          'CaseStepMove',
          {
            step: 'STEP2',
            reason: '課題の優先順位が固まった',
          },
        ],
        [
          'recordCaseMilestone',
          'RecordCaseMilestoneInput',
          'CaseMilestone',
          {
            milestone: 'FOLLOW_UP_STARTED',
            occurredAt: '2025-10-01T00:00:00.000Z',
          },
        ],
        [
          'handOffSupportCase',
          'HandOffSupportCaseInput',
          'CaseHandOff',
          {
            toOrganizationId: bank.id,
            step: 'STEP3',
            summary: '人材紹介の取り繋ぎを依頼',
          },
        ],
      ];
      for (const [name, inputType, success, extra] of operations) {
        const result = await matrix(mutation(name, inputType, success), success, async () => ({
          input: { ...(await caseInput()), ...extra },
        }));
        expect({ name, result }).toEqual({ name, result: writerOnly() });
      }
    });

    it('the organisation that received a hand-off reads the case and the company but cannot change them', async () => {
      const bank = await t.factory.organization({ name: 'いずみ銀行', kind: 'REGIONAL_BANK' });
      const banker = await t.factory.user({ organizationId: bank.id });
      const { caseId, companyId } = await ojt.openCase(c);
      await t.gql(
        mutation('handOffSupportCase', 'HandOffSupportCaseInput', 'CaseHandOff'),
        { input: { supportCaseId: caseId, toOrganizationId: bank.id, step: 'STEP3', summary: '取り繋ぎ' } },
        { as: c.trainee },
      );
      const read = await t.gql(`query ($id: ID!) { supportCase(id: $id) { id } }`, { id: caseId }, { as: banker });
      expect(read.data).toEqual({ supportCase: { id: caseId } });
      const company = await t.gql(
        `query ($id: ID!) { clientCompany(id: $id) { id } }`,
        { id: companyId },
        { as: banker },
      );
      expect(company.data).toEqual({ clientCompany: { id: companyId } });
      const write = await t.gql(
        mutation('moveSupportCaseToStep', 'MoveSupportCaseToStepInput', 'CaseStepMove'),
        { input: { supportCaseId: caseId, step: 'STEP3', reason: '受け取った側で進める' } },
        { as: banker },
      );
      expect(errorCode(write)).toBe('FORBIDDEN');
      expect(await t.count('support_case_step_move', `"supportCaseId" = $1`, [caseId])).toBe(0);
    });
  });

  describe('visits', () => {
    it('planVisit: lead trainee, owner, admin', async () => {
      const setup = async () => ({
        input: {
          ...(await caseInput()),
          scheduledAt: '2025-07-01T01:00:00.000Z',
          mentorIds: [c.mentor.id],
          traineeRole: 'OBSERVER',
        },
      });
      expect(await matrix(PLAN_VISIT, 'OjtVisit', setup)).toEqual(writerOnly());
    });

    const visitWriters = writerOnly({ mentor: 'OK' });

    it('recordPreBrief, recordVisit, recordPostBrief, cancelVisit: the trainee, accompanying mentors, owner, admin', async () => {
      const planned = async () => (await ojt.planVisit(c, (await caseInput()).supportCaseId)).id;
      const preBriefed = async () => {
        const id = await planned();
        return { id, brief: await ojt.preBrief(c, id) };
      };
      const preBrief = await matrix(RECORD_PRE_BRIEF, 'PreBrief', async () => ({
        input: {
          visitId: await planned(),
          companyInfoReviewed: '決算書',
          priorConsultation: '',
          hearingItems: [],
          hypotheses: [],
          meetingPlan: '',
        },
      }));
      expect(preBrief).toEqual(visitWriters);
      const visited = await matrix(RECORD_VISIT, 'OjtVisit', async () => ({
        input: {
          visitId: (await preBriefed()).id,
          heldAt: new Date(Date.now() - 3600000).toISOString(),
          durationMinutes: 60,
          traineeRole: 'LEAD',
          stepsPractised: ['STEP1'],
          summary: '訪問',
        },
      }));
      expect(visited).toEqual(visitWriters);
      const postBrief = await matrix(RECORD_POST_BRIEF, 'PostBrief', async () => {
        const { id, brief } = await preBriefed();
        await ojt.recordVisit(c, id);
        return {
          input: {
            visitId: id,
            hypothesisVerdicts: [{ hypothesisId: brief.hypotheses[0].id, verdict: 'CONFIRMED' }],
            findings: '整理',
            goodPoints: '',
            improvementAreas: '',
            improvementPlan: '',
            nextActions: [],
            nextHearingItems: [],
          },
        };
      });
      expect(postBrief).toEqual(visitWriters);
      const cancel = await matrix(CANCEL_VISIT, 'OjtVisit', async () => ({
        input: { visitId: await planned(), reason: '日程再調整' },
      }));
      expect(cancel).toEqual(visitWriters);
    });

    it('giveVisitFeedback: only an accompanying mentor; others who can see the visit get NotAccompanyingMentorError', async () => {
      const result = await matrix(GIVE_FEEDBACK, 'VisitFeedback', async () => ({
        input: { visitId: (await postBriefedVisit()).id, comment: '良い準備でした', ratings: [] },
      }));
      expect(result).toEqual({
        anonymous: 'UNAUTHENTICATED',
        otherMentor: 'NOT_FOUND',
        otherTrainee: 'NOT_FOUND',
        outsiderTrainee: 'NOT_FOUND',
        otherOwner: 'NOT_FOUND',
        mentor: 'OK',
        trainee: 'NotAccompanyingMentorError',
        owner: 'NotAccompanyingMentorError',
        admin: 'NotAccompanyingMentorError',
      });
    });

    it('a mentor paired with the trainee but not on the visit reads it and cannot write it', async () => {
      const { caseId } = await ojt.openCase(c);
      const visit = await ojt.planVisit(c, caseId, [c.owner.id]);
      const read = await t.gql(`query ($id: ID!) { visit(id: $id) { id } }`, { id: visit.id }, { as: c.mentor });
      expect(read.data).toEqual({ visit: { id: visit.id } });
      const write = await t.gql(
        CANCEL_VISIT,
        { input: { visitId: visit.id, reason: '同行していない' } },
        { as: c.mentor },
      );
      expect(errorCode(write)).toBe('FORBIDDEN');
      expect(await t.count('ojt_visit', `id = $1 AND status = 'PLANNED'`, [visit.id])).toBe(1);
    });

    it('visit and visits: the trainee, mentors of the trainee, owner, admin', async () => {
      const { supportCaseId } = await caseInput();
      const visit = await ojt.planVisit(c, supportCaseId);
      const one = `query ($id: ID!) { visit(id: $id) { __typename id } }`;
      expect(await matrix(one, 'OjtVisit', () => ({ id: visit.id }))).toEqual(visitWriters);
      const list = `query ($caseId: ID!) { visits(filter: { supportCaseId: $caseId }) { totalCount } }`;
      const counts: Partial<Record<Role, number | string>> = {};
      for (const role of ROLES) {
        const res = await t.gql<{ visits: { totalCount: number } }>(
          list,
          { caseId: supportCaseId },
          { as: role === 'anonymous' ? null : users[role] },
        );
        counts[role] = errorCode(res) ?? res.data!.visits.totalCount;
      }
      expect(counts).toEqual({
        anonymous: 'UNAUTHENTICATED',
        otherMentor: 0,
        otherTrainee: 0,
        outsiderTrainee: 0,
        otherOwner: 0,
        mentor: 1,
        trainee: 1,
        owner: 1,
        admin: 1,
      });
    });
  });

  describe('next actions', () => {
    it('completeNextAction and dropNextAction: the action owner or whoever writes the case', async () => {
      const visit = await postBriefedVisit();
      const action = async () => {
        const [row] = await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO next_action ("supportCaseId", "visitId", position, description, "ownerId", status)
           SELECT "supportCaseId", id, 9, '求人票の下書きを作る', "traineeId", 'OPEN' FROM ojt_visit WHERE id = $1
           RETURNING id`,
          [visit.id],
        );
        return row.id;
      };
      const complete = await matrix(
        mutation('completeNextAction', 'CompleteNextActionInput', 'NextAction'),
        'NextAction',
        async () => ({ input: { nextActionId: await action() } }),
      );
      expect(complete).toEqual(writerOnly());
      const drop = await matrix(
        mutation('dropNextAction', 'DropNextActionInput', 'NextAction'),
        'NextAction',
        async () => ({ input: { nextActionId: await action(), reason: '不要になった' } }),
      );
      expect(drop).toEqual(writerOnly());
    });
  });

  describe("the caller's own views", () => {
    it('mentorInbox, myOjt and notifications need a login and show only the caller’s own records', async () => {
      const visit = await postBriefedVisit();
      for (const query of [
        'query { mentorInbox { reason } }',
        'query { myOjt { cases { id } } }',
        'query { notifications { totalCount } }',
      ]) {
        expect(errorCode(await t.gql(query))).toBe('UNAUTHENTICATED');
      }
      const inbox = async (as: UserRow) =>
        (
          await t.gql<{ mentorInbox: { visit: { id: string } }[] }>(
            `query { mentorInbox { visit { id } } }`,
            {},
            { as },
          )
        ).data!.mentorInbox.map((item) => item.visit.id);
      expect(await inbox(c.mentor)).toContain(visit.id);
      expect(await inbox(c.otherMentor)).toEqual([]);
      expect(await inbox(c.owner)).toEqual([]);
      const my = async (as: UserRow) =>
        (await t.gql<{ myOjt: { cases: unknown[] } }>('query { myOjt { cases { id } } }', {}, { as })).data!.myOjt.cases
          .length;
      expect(await my(c.trainee)).toBeGreaterThan(0);
      expect(await my(c.mentor)).toBe(0);
      expect(await my(c.otherTrainee)).toBe(0);
    });
  });
});
