import { runInTransaction } from '@banso/core';
import { CertificateService } from '@banso/certification';
import { TestApp } from '../utils/test-app';
import { OrganizationRow, UserRow } from '../factories';
import {
  CERTIFICATION_PROGRESS,
  CertificationFactory,
  ISSUE_CERTIFICATE,
  REVOKE_CERTIFICATE,
  VERIFY_CERTIFICATE,
} from '../factories/certification.factory';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ASSIGN_MENTOR = `mutation ($input: AssignMentorInput!) {
  assignMentor(input: $input) { __typename ... on Mentorship { id } ... on ErrorResult { code message } }
}`;
const LINEAGE = `query ($userId: ID!) {
  mentorLineage(userId: $userId) { generations members { userId displayName generation linkedToId menteesCertified } }
}`;
const RULES = `query ($programId: ID!) {
  certificationRules(programId: $programId) {
    kind validityMonths autoIssue
    criteria {
      minLevelForSteps { stepCode minLevel } minLevelForBehaviours { behaviourCode minLevel } minLevelForAllBehaviours
      minVisitsWithFeedback minVisitsLed requiredActivitiesDone
      caseReached { step milestone requireTalentRequirement }
      requireActiveSupporter minVisitsAsSecondMentor mentorPreparation { minActivities kinds }
    }
  }
}`;

const SUPPORTER_KEYS = [
  'STEP_LEVEL:STEP0',
  'STEP_LEVEL:STEP1',
  'STEP_LEVEL:STEP2',
  'STEP_LEVEL:STEP3',
  'BEHAVIOUR_LEVEL:X-INFO-SHARING',
  'VISITS_WITH_FEEDBACK',
  'VISITS_LED',
  'REQUIRED_ACTIVITIES',
  'CASE_REACHED',
];
const LISTENING_AND_HYPOTHESIS = [
  'BEHAVIOUR_LEVEL:S1-LISTENING',
  'BEHAVIOUR_LEVEL:S1-HYPOTHESIS',
  'BEHAVIOUR_LEVEL:S2-LISTENING',
  'BEHAVIOUR_LEVEL:S3-LISTENING',
];

/**
 * The cascade over two fiscal years: 高橋 is trained in the FY2024 program by 田中 (an external advisor), becomes a
 * certified SUPPORTER, then a certified MENTOR after accompanying visits as second mentor; in the FY2025 program he
 * mentors 渡辺, who becomes a SUPPORTER. The lineage shows three generations; revoking 高橋's MENTOR certificate
 * ends his pairing and the public verification answers REVOKED; the daily expiry expires once.
 */
describe('Certification and the mentor cascade (認定とメンターの連鎖)', () => {
  let t: TestApp;
  let cf: CertificationFactory;
  let operator: OrganizationRow;
  let admin: UserRow;
  let owner: UserRow;
  let tanaka: UserRow;
  let takahashi: UserRow;
  let ito: UserRow;
  let watanabe: UserRow;
  let yamada: UserRow;
  let fy2024: string;
  let fy2025: string;
  let takahashiCase: string;
  let supporterCode: string;
  let mentorCertificateId: string;
  let mentorCode: string;
  let pairingId: string;

  const progress = async (programId: string, trainee: UserRow, as: UserRow = owner) => {
    const res = await t.gql<Data>(CERTIFICATION_PROGRESS, { programId, traineeId: trainee.id }, { as });
    expect(res.errors).toBeUndefined();
    const rules = res.data!.certificationProgress.rules as Data[];
    const missing = (kind: string) =>
      (rules.find((rule) => rule.kind === kind)!.missing as { key: string }[]).map((m) => m.key);
    return { rules, supporter: missing('SUPPORTER'), mentor: missing('MENTOR') };
  };
  const issue = (programId: string, user: UserRow, kind: string, as: UserRow = owner) =>
    t.gql<Data>(ISSUE_CERTIFICATE, { input: { programId, userId: user.id, kind } }, { as });

  beforeAll(async () => {
    t = await TestApp.start();
    cf = new CertificationFactory(t.dataSource);
    operator = await t.factory.organization({ name: 'おおさか中核人材活用推進機構', kind: 'PUBLIC_AGENCY' });
    const chamber = await t.factory.organization({ name: 'なにわ商工会議所' });
    const bank = await t.factory.organization({ name: 'みおつくし銀行', kind: 'REGIONAL_BANK' });
    admin = await t.factory.admin({ organizationId: operator.id });
    owner = await t.factory.user({ organizationId: operator.id, displayName: '佐藤 美咲' });
    tanaka = await t.factory.user({ organizationId: operator.id, displayName: '田中 健一' });
    takahashi = await t.factory.user({ organizationId: chamber.id, displayName: '高橋 翔' });
    ito = await t.factory.user({ organizationId: chamber.id, displayName: '伊藤 さくら' });
    watanabe = await t.factory.user({ organizationId: bank.id, displayName: '渡辺 大輔' });
    yamada = await t.factory.user({ organizationId: bank.id, displayName: '山田 次郎' });
    fy2024 = (
      await t.factory.program({
        operatorOrganizationId: operator.id,
        fiscalYear: 2024,
        name: '令和6年度 担い手育成プログラム（大阪）',
      })
    ).id;
    await t.factory.member(fy2024, owner.id, 'OWNER');
    await t.factory.member(fy2024, tanaka.id, 'MENTOR'); // an external advisor (factory default)
    await t.factory.member(fy2024, takahashi.id, 'TRAINEE');
    await t.factory.member(fy2024, ito.id, 'TRAINEE');
    await t.factory.pair(fy2024, tanaka.id, takahashi.id);
    await t.factory.pair(fy2024, tanaka.id, ito.id);
  });
  afterAll(() => t.close());

  it('every program gets the default rules: from the factory, and through createProgram (the hook)', async () => {
    const created = await t.gql<Data>(
      `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { ... on Program { id } } }`,
      {
        input: {
          name: '令和7年度 担い手育成プログラム（大阪）',
          fiscalYear: 2025,
          region: '大阪府',
          operatorOrganizationId: operator.id,
          startsOn: '2025-06-01',
          endsOn: '2026-02-28',
        },
      },
      { as: admin },
    );
    fy2025 = created.data!.createProgram.id;
    await t.factory.member(fy2025, owner.id, 'OWNER');
    for (const programId of [fy2024, fy2025]) {
      const res = await t.gql<Data>(RULES, { programId }, { as: owner });
      expect(res.data!.certificationRules).toEqual([
        {
          kind: 'SUPPORTER',
          validityMonths: 24,
          autoIssue: false,
          criteria: {
            minLevelForSteps: [
              { stepCode: 'STEP0', minLevel: 2 },
              { stepCode: 'STEP1', minLevel: 3 },
              { stepCode: 'STEP2', minLevel: 3 },
              { stepCode: 'STEP3', minLevel: 2 },
            ],
            minLevelForBehaviours: [{ behaviourCode: 'X-INFO-SHARING', minLevel: 2 }],
            minLevelForAllBehaviours: null,
            minVisitsWithFeedback: 4,
            minVisitsLed: 1,
            requiredActivitiesDone: true,
            caseReached: { step: 'STEP2', milestone: null, requireTalentRequirement: true },
            requireActiveSupporter: false,
            minVisitsAsSecondMentor: null,
            mentorPreparation: null,
          },
        },
        {
          kind: 'MENTOR',
          validityMonths: 24,
          autoIssue: false,
          criteria: {
            minLevelForSteps: [],
            minLevelForBehaviours: expect.arrayContaining(
              LISTENING_AND_HYPOTHESIS.map((key) => ({ behaviourCode: key.split(':')[1], minLevel: 4 })),
            ),
            minLevelForAllBehaviours: 3,
            minVisitsWithFeedback: null,
            minVisitsLed: null,
            requiredActivitiesDone: false,
            caseReached: null,
            requireActiveSupporter: true,
            minVisitsAsSecondMentor: 2,
            mentorPreparation: null,
          },
        },
      ]);
      expect(res.data!.certificationRules[1].criteria.minLevelForBehaviours).toHaveLength(4);
    }
  });

  it('stage 0: the checklist lists every criterion as missing, and issuing is refused with that list', async () => {
    // A program without required activities has nothing to miss there; this one has a required lecture.
    expect((await progress(fy2024, takahashi)).supporter).not.toContain('REQUIRED_ACTIVITIES');
    await cf.requiredLecture(fy2024, owner.id, [ito.id]);
    const { supporter, mentor } = await progress(fy2024, takahashi);
    expect(supporter).toEqual(SUPPORTER_KEYS);
    expect(mentor).toEqual([
      'ALL_BEHAVIOURS_LEVEL',
      ...LISTENING_AND_HYPOTHESIS,
      'ACTIVE_SUPPORTER',
      'VISITS_AS_SECOND_MENTOR',
    ]);
    const refused = await issue(fy2024, takahashi, 'SUPPORTER');
    expect(refused.data!.issueCertificate).toMatchObject({
      __typename: 'CriteriaNotMetError',
      code: 'CRITERIA_NOT_MET',
      kind: 'SUPPORTER',
    });
    expect((refused.data!.issueCertificate.missing as { key: string }[]).map((m) => m.key)).toEqual(SUPPORTER_KEYS);
    expect(refused.data!.issueCertificate.message).toContain('担い手認定の基準を満たしていません');
    expect(await t.count('certificate')).toBe(0);
  });

  it('stage 1: with ratings, three visits and a case at STEP1 exactly the rest is missing', async () => {
    await cf.rate(fy2024, tanaka.id, takahashi.id, 3);
    takahashiCase = (await cf.supportCase(fy2024, takahashi, { step: 'STEP1' })).caseId;
    await cf.visitsWithFeedback(fy2024, takahashiCase, takahashi.id, tanaka.id, 3);
    const { supporter, rules } = await progress(fy2024, takahashi, takahashi);
    expect(supporter).toEqual(['VISITS_WITH_FEEDBACK', 'VISITS_LED', 'REQUIRED_ACTIVITIES', 'CASE_REACHED']);
    const visits = (rules[0].criteria as Data[]).find((c) => c.key === 'VISITS_WITH_FEEDBACK')!;
    expect(visits).toMatchObject({ met: false, current: 3, target: 4 });
    expect(visits.records).toHaveLength(3);
    expect(visits.records[0]).toMatchObject({ type: 'VISIT', label: expect.stringContaining('訪問1') });
    const step1 = (rules[0].criteria as Data[]).find((c) => c.key === 'STEP_LEVEL:STEP1')!;
    expect(step1).toMatchObject({ met: true, current: 3, target: 3 });
    expect((step1.records as { type: string }[]).map((r) => r.type)).toEqual([
      'ASSESSMENT',
      'ASSESSMENT',
      'ASSESSMENT',
      'ASSESSMENT',
    ]);
  });

  it('stage 2: a led visit, the lecture and the case at STEP2 with a talent requirement → SUPPORTER issued', async () => {
    await cf.visitsWithFeedback(fy2024, takahashiCase, takahashi.id, tanaka.id, 1, { led: 1 });
    const [{ id: lectureId }] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM learning_activity WHERE "programId" = $1`,
      [fy2024],
    );
    await cf.attend(lectureId, [takahashi.id]);
    await cf.moveCase(takahashiCase, 'STEP2', true);
    const { supporter, mentor } = await progress(fy2024, takahashi);
    expect(supporter).toEqual([]);
    // The ratings at 3 already meet "every behaviour ≥ 3"; listening and hypothesis building need 4.
    expect(mentor).toEqual([...LISTENING_AND_HYPOTHESIS, 'ACTIVE_SUPPORTER', 'VISITS_AS_SECOND_MENTOR']);

    const issued = await issue(fy2024, takahashi, 'SUPPORTER');
    const certificate = issued.data!.issueCertificate as Data;
    expect(certificate).toMatchObject({ __typename: 'Certificate', kind: 'SUPPORTER', status: 'ACTIVE' });
    expect(certificate.verificationCode).toMatch(/^[A-Z2-7]{10}$/);
    const months =
      (new Date(certificate.expiresAt).getFullYear() - new Date(certificate.issuedAt).getFullYear()) * 12 +
      new Date(certificate.expiresAt).getMonth() -
      new Date(certificate.issuedAt).getMonth();
    expect(months).toBe(24);
    expect(certificate.evidence).toEqual([
      { kind: 'SUPPORTER', met: true },
      { kind: 'MENTOR', met: false },
    ]);
    supporterCode = certificate.verificationCode as string;
    const [stored] = await t.dataSource.query<
      { mentorIds: string[]; credentialJwt: string | null; statusListIndex: number | null }[]
    >(`SELECT "mentorIds", "credentialJwt", "statusListIndex" FROM certificate WHERE id = $1`, [certificate.id]);
    // Signed as an Open Badges credential in the issuing transaction (certificate-credential.e2e-spec checks it).
    expect(stored).toEqual({
      mentorIds: [tanaka.id],
      credentialJwt: expect.stringMatching(/^ey/),
      statusListIndex: expect.any(Number),
    });
    expect(await t.count('notification', `kind = 'CERTIFICATE_ISSUED' AND "recipientId" = $1`, [takahashi.id])).toBe(1);

    const again = await issue(fy2024, takahashi, 'SUPPORTER');
    expect(again.data!.issueCertificate).toMatchObject({
      __typename: 'AlreadyCertifiedError',
      code: 'ALREADY_CERTIFIED',
    });
  });

  it('stage 3: accompanying two visits as second mentor and ratings of 4 → MENTOR issued', async () => {
    // One visit planned through the API with 高橋 as second mentor (a mentor-in-training) …
    const itoCase = await cf.supportCase(fy2024, ito, { step: 'STEP1' });
    const planned = await t.gql<Data>(
      `mutation ($input: PlanVisitInput!) { planVisit(input: $input) { __typename ... on OjtVisit { id } ... on ErrorResult { code } } }`,
      {
        input: {
          supportCaseId: itoCase.caseId,
          scheduledAt: '2024-09-10T01:00:00.000Z',
          mentorIds: [tanaka.id],
          secondMentorIds: [takahashi.id],
          traineeRole: 'OBSERVER',
        },
      },
      { as: ito },
    );
    expect(planned.data!.planVisit.__typename).toBe('OjtVisit');
    expect(
      await t.count('ojt_visit_second_mentor', `"visitId" = $1 AND "userId" = $2`, [
        planned.data!.planVisit.id,
        takahashi.id,
      ]),
    ).toBe(1);
    // … a trainee of another program cannot be a second mentor.
    const outsider = await t.gql<Data>(
      `mutation ($input: PlanVisitInput!) { planVisit(input: $input) { __typename ... on ErrorResult { code } } }`,
      {
        input: {
          supportCaseId: itoCase.caseId,
          scheduledAt: '2024-09-11T01:00:00.000Z',
          mentorIds: [tanaka.id],
          secondMentorIds: [watanabe.id],
          traineeRole: 'OBSERVER',
        },
      },
      { as: ito },
    );
    expect(outsider.data!.planVisit).toEqual({ __typename: 'MentorNotEligibleError', code: 'MENTOR_NOT_ELIGIBLE' });
    // A planned visit does not count until it received feedback.
    expect((await progress(fy2024, takahashi)).mentor).toContain('VISITS_AS_SECOND_MENTOR');
    await cf.visitsWithFeedback(fy2024, itoCase.caseId, ito.id, tanaka.id, 2, { secondMentorIds: [takahashi.id] });
    await cf.rate(fy2024, tanaka.id, takahashi.id, 3, {
      'S1-LISTENING': 4,
      'S1-HYPOTHESIS': 4,
      'S2-LISTENING': 4,
      'S3-LISTENING': 4,
    });
    const { mentor, rules } = await progress(fy2024, takahashi, takahashi);
    expect(mentor).toEqual([]);
    const second = (rules[1].criteria as Data[]).find((c) => c.key === 'VISITS_AS_SECOND_MENTOR')!;
    expect(second).toMatchObject({ met: true, current: 2, target: 2 });
    const supporterCriterion = (rules[1].criteria as Data[]).find((c) => c.key === 'ACTIVE_SUPPORTER')!;
    expect(supporterCriterion.records).toEqual([{ type: 'CERTIFICATE', id: expect.any(String), label: supporterCode }]);

    const issued = await issue(fy2024, takahashi, 'MENTOR');
    expect(issued.data!.issueCertificate).toMatchObject({
      __typename: 'Certificate',
      kind: 'MENTOR',
      status: 'ACTIVE',
    });
    mentorCertificateId = issued.data!.issueCertificate.id as string;
    mentorCode = issued.data!.issueCertificate.verificationCode as string;
  });

  it('next fiscal year: only a certified mentor, an owner or a designated advisor may be paired', async () => {
    await t.factory.member(fy2025, takahashi.id, 'MENTOR', { advisor: false });
    await t.factory.member(fy2025, yamada.id, 'MENTOR', { advisor: false });
    await t.factory.member(fy2025, watanabe.id, 'TRAINEE');
    const refused = await t.gql<Data>(
      ASSIGN_MENTOR,
      { input: { programId: fy2025, mentorId: yamada.id, traineeId: watanabe.id } },
      { as: owner, locale: 'en' },
    );
    expect(refused.data!.assignMentor).toMatchObject({
      __typename: 'MentorNotCertifiedError',
      code: 'MENTOR_NOT_CERTIFIED',
    });
    expect(refused.data!.assignMentor.message).toContain('input.mentorId');
    const byOwner = await t.gql<Data>(
      ASSIGN_MENTOR,
      { input: { programId: fy2025, mentorId: owner.id, traineeId: watanabe.id } },
      { as: owner },
    );
    expect(byOwner.data!.assignMentor.__typename).toBe('Mentorship');
    const assigned = await t.gql<Data>(
      ASSIGN_MENTOR,
      { input: { programId: fy2025, mentorId: takahashi.id, traineeId: watanabe.id } },
      { as: owner },
    );
    expect(assigned.data!.assignMentor.__typename).toBe('Mentorship');
    pairingId = assigned.data!.assignMentor.id as string;
  });

  it('the new trainee becomes a SUPPORTER; the lineage shows three generations', async () => {
    expect((await progress(fy2025, watanabe)).supporter).toEqual(
      SUPPORTER_KEYS.filter((k) => k !== 'REQUIRED_ACTIVITIES'),
    );
    await cf.rate(fy2025, takahashi.id, watanabe.id, 3);
    const { caseId } = await cf.supportCase(fy2025, watanabe, { step: 'STEP2', talentRequirement: true });
    await cf.visitsWithFeedback(fy2025, caseId, watanabe.id, takahashi.id, 4, { led: 2 });
    expect((await progress(fy2025, watanabe, takahashi)).supporter).toEqual([]);
    expect((await issue(fy2025, watanabe, 'SUPPORTER')).data!.issueCertificate.__typename).toBe('Certificate');

    const lineage = await t.gql<Data>(LINEAGE, { userId: takahashi.id }, { as: takahashi });
    expect(lineage.data!.mentorLineage).toEqual({
      generations: 3,
      members: [
        { userId: tanaka.id, displayName: '田中 健一', generation: -1, linkedToId: takahashi.id, menteesCertified: 1 },
        { userId: takahashi.id, displayName: '高橋 翔', generation: 0, linkedToId: null, menteesCertified: 1 },
        { userId: watanabe.id, displayName: '渡辺 大輔', generation: 1, linkedToId: takahashi.id, menteesCertified: 0 },
      ],
    });
    const fromBelow = await t.gql<Data>(LINEAGE, { userId: watanabe.id }, { as: owner });
    // 渡辺 had two mentors in FY2025: 高橋 and the owner 佐藤 (owners may always mentor).
    const up = (fromBelow.data!.mentorLineage.members as Data[]).map((m) => `${m.generation} ${m.displayName}`);
    expect(up.sort()).toEqual(['-1 佐藤 美咲', '-1 高橋 翔', '-2 田中 健一', '0 渡辺 大輔']);
  });

  it('anyone can verify a certificate by its code, and sees only the public fields', async () => {
    const res = await t.gql<Data>(VERIFY_CERTIFICATE, { code: supporterCode.toLowerCase() });
    expect(res.data!.verifyCertificate).toEqual({
      holderName: '高橋 翔',
      kind: 'SUPPORTER',
      programName: '令和6年度 担い手育成プログラム（大阪）',
      organizationName: 'おおさか中核人材活用推進機構',
      issuedAt: expect.any(String),
      expiresAt: expect.any(String),
      status: 'ACTIVE',
    });
    const type = await t.gql<Data>(
      `{ __type(name: "CertificateVerification") { fields { name } } }`,
      {},
      { as: owner },
    );
    expect((type.data!.__type.fields as { name: string }[]).map((f) => f.name).sort()).toEqual(
      ['expiresAt', 'holderName', 'issuedAt', 'kind', 'organizationName', 'programName', 'status'].sort(),
    );
    const unknown = await t.gql<Data>(VERIFY_CERTIFICATE, { code: 'AAAAAAAAAA' });
    expect(unknown.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('revoking the MENTOR certificate ends his open pairing, tells the owners, and verification says REVOKED', async () => {
    const visitsBefore = await t.count('ojt_visit_mentor', `"mentorId" = $1`, [takahashi.id]);
    const revoked = await t.gql<Data>(
      REVOKE_CERTIFICATE,
      { input: { certificateId: mentorCertificateId, reason: '守秘義務違反' } },
      { as: owner },
    );
    expect(revoked.data!.revokeCertificate).toMatchObject({
      __typename: 'Certificate',
      status: 'REVOKED',
      revokeReason: '守秘義務違反',
    });
    const [pairing] = await t.dataSource.query<{ endedAt: Date | null }[]>(
      `SELECT "endedAt" FROM mentorship WHERE id = $1`,
      [pairingId],
    );
    expect(pairing.endedAt).not.toBeNull();
    expect(await t.count('notification', `kind = 'MENTORSHIP_ENDED' AND "recipientId" = $1`, [owner.id])).toBe(1);
    expect(await t.count('ojt_visit_mentor', `"mentorId" = $1`, [takahashi.id])).toBe(visitsBefore);
    const verified = await t.gql<Data>(VERIFY_CERTIFICATE, { code: mentorCode });
    expect(verified.data!.verifyCertificate.status).toBe('REVOKED');
    const twice = await t.gql<Data>(
      REVOKE_CERTIFICATE,
      { input: { certificateId: mentorCertificateId, reason: '重複' } },
      { as: owner },
    );
    expect(twice.data!.revokeCertificate).toMatchObject({
      __typename: 'CertificateNotActiveError',
      code: 'CERTIFICATE_NOT_ACTIVE',
    });
    // No longer eligible: pairing him again is refused.
    const again = await t.gql<Data>(
      ASSIGN_MENTOR,
      { input: { programId: fy2025, mentorId: takahashi.id, traineeId: watanabe.id } },
      { as: owner },
    );
    expect(again.data!.assignMentor.__typename).toBe('MentorNotCertifiedError');
  });

  it('the daily expiry run expires an out-of-date certificate once and warns holders 30 days ahead once', async () => {
    const outdated = await cf.certificate(fy2024, ito.id, 'SUPPORTER', { expiresAt: new Date(Date.now() - 1000) });
    const expiring = await cf.certificate(fy2025, watanabe.id, 'MENTOR', {
      expiresAt: new Date(Date.now() + 10 * 24 * 3600 * 1000),
    });
    await t.factory.pair(fy2025, watanabe.id, yamada.id).catch(() => undefined);
    const service = t.app.get(CertificateService, { strict: false });
    const first = await runInTransaction(() => service.expireCertificates());
    const second = await runInTransaction(() => service.expireCertificates());
    expect(first.expired).toBe(1);
    expect(second).toEqual({ expired: 0, noticed: 0 });
    expect(first.noticed).toBeGreaterThanOrEqual(1);
    expect(await t.count('audit_event', `action = 'certification.expire' AND "entityId" = $1`, [outdated.id])).toBe(1);
    expect(await t.count('notification', `kind = 'CERTIFICATE_EXPIRED' AND "subjectId" = $1`, [outdated.id])).toBe(1);
    expect(await t.count('notification', `kind = 'CERTIFICATE_EXPIRING' AND "subjectId" = $1`, [expiring.id])).toBe(1);
    const verified = await t.gql<Data>(VERIFY_CERTIFICATE, { code: outdated.verificationCode });
    expect(verified.data!.verifyCertificate.status).toBe('EXPIRED');
  });
});
