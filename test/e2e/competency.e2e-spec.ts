import { TestApp, errorCode } from '../utils/test-app';
import { Cohort } from '../factories';
import { CompetencyFactory, FrameworkRow } from '../factories/competency.factory';

const FRAMEWORK = `query Framework($id: ID) {
  competencyFramework(id: $id) {
    id code version status name nameJa nameEn proficientLevel
    scale { level label labelJa labelEn }
    steps { code title titleJa titleEn practicePoints { text phase } behaviours { code name nameJa nameEn description phase } }
    crossCuttingBehaviours { code name crossCutting }
    behaviours { id code }
  }
}`;
const SELF = `mutation Self($input: RecordSelfAssessmentInput!) {
  recordSelfAssessment(input: $input) {
    __typename
    ... on Assessment { id level source comment behaviour { code } assessor { displayName } }
    ... on ErrorResult { code message }
  }
}`;
const MENTOR = `mutation Mentor($input: RecordMentorAssessmentInput!) {
  recordMentorAssessment(input: $input) {
    __typename
    ... on Assessment { id level source comment evidenceType evidenceId assessor { displayName } trainee { displayName } }
    ... on ErrorResult { code message }
  }
}`;
const PROFILE = `query Profile($programId: ID!, $traineeId: ID!) {
  competencyProfile(programId: $programId, traineeId: $traineeId) {
    traineeId trainee { displayName } behaviourCount proficientCount progress
    framework { code version }
    behaviours { behaviour { code name } currentLevel selfLevel gap proficient evidenceCount lastAssessedAt }
    steps { step { code title } behaviourCount proficientCount weakestBehaviour { code } }
  }
}`;
const HISTORY = `query History($programId: ID!, $traineeId: ID!, $behaviourId: ID, $first: Int, $after: String) {
  assessmentHistory(programId: $programId, traineeId: $traineeId, behaviourId: $behaviourId, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { level source comment } }
  }
}`;

interface Standing {
  behaviour: { code: string; name: string };
  currentLevel: number | null;
  selfLevel: number | null;
  gap: number | null;
  proficient: boolean;
  evidenceCount: number;
  lastAssessedAt: string | null;
}

describe('Competency framework and assessments (コンピテンシー評価)', () => {
  let t: TestApp;
  let c: Cohort;
  let framework: FrameworkRow;
  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    framework = await new CompetencyFactory(t.dataSource).defaultFramework();
  });
  afterAll(() => t.close());

  it('has the default framework on a fresh database: 4 STEPs, 15 behaviours, in Japanese and English', async () => {
    const ja = await t.gql<{ competencyFramework: Record<string, unknown> }>(FRAMEWORK, {}, { as: c.trainee });
    expect(ja.errors).toBeUndefined();
    const fw = ja.data?.competencyFramework as {
      code: string;
      status: string;
      name: string;
      nameEn: string;
      proficientLevel: number;
      scale: { level: number; label: string; labelEn: string }[];
      steps: {
        code: string;
        title: string;
        titleEn: string;
        practicePoints: { text: string }[];
        behaviours: { code: string; name: string; nameEn: string; phase: string | null }[];
      }[];
      crossCuttingBehaviours: { code: string; name: string; crossCutting: boolean }[];
      behaviours: { code: string }[];
    };
    expect(fw).toMatchObject({
      code: 'CORE_TALENT_SUPPORT',
      status: 'PUBLISHED',
      name: '中核人材確保支援 担い手コンピテンシー',
      nameEn: 'Core-talent support: supporter competencies',
      proficientLevel: 3,
    });
    expect(fw.steps.map((s) => s.code)).toEqual(['STEP0', 'STEP1', 'STEP2', 'STEP3']);
    expect(fw.steps.map((s) => s.behaviours.length)).toEqual([2, 4, 5, 3]);
    expect(fw.behaviours).toHaveLength(15);
    expect(fw.crossCuttingBehaviours).toEqual([
      { code: 'X-INFO-SHARING', name: '他組織との情報連携意識', crossCutting: true },
    ]);
    expect(fw.steps[1]).toMatchObject({
      title: '経営課題と人材課題の見つめ直し',
      titleEn: 'Re-examining management and talent issues',
    });
    expect(fw.steps[1].behaviours[1]).toMatchObject({ code: 'S1-LISTENING', name: '傾聴', nameEn: 'Active listening' });
    expect(fw.steps[2].behaviours[3]).toMatchObject({ code: 'S2-LISTENING', phase: 'REQUIREMENT' });
    expect(fw.steps[2].practicePoints).toHaveLength(7);
    expect(fw.scale.map((l) => l.level)).toEqual([0, 1, 2, 3, 4]);
    expect(fw.scale[3]).toMatchObject({ label: '自立して実践', labelEn: 'Practises independently' });

    const englishUser = await t.factory.user({ locale: 'en' });
    const en = await t.gql<{
      competencyFramework: { name: string; steps: { title: string; behaviours: { name: string }[] }[] };
    }>(FRAMEWORK, {}, { as: englishUser });
    expect(en.data?.competencyFramework.name).toBe('Core-talent support: supporter competencies');
    expect(en.data?.competencyFramework.steps[0].title).toBe('Finding client companies');
    expect(en.data?.competencyFramework.steps[0].behaviours[0].name).toBe('Judging companies');
  });

  it('shows self and mentor ratings side by side in the profile, with the gap; a correction supersedes', async () => {
    const listening = framework.behaviours['S1-LISTENING'];
    const self = await t.gql(
      SELF,
      { input: { programId: c.program.id, behaviourId: listening, level: 3, comment: '社長の想いを引き出せた' } },
      { as: c.trainee },
    );
    expect(self.data?.recordSelfAssessment).toMatchObject({
      __typename: 'Assessment',
      level: 3,
      source: 'SELF',
      behaviour: { code: 'S1-LISTENING' },
      assessor: { displayName: '高橋 翔' },
    });

    const mentor = await t.gql(
      MENTOR,
      {
        input: {
          programId: c.program.id,
          traineeId: c.trainee.id,
          behaviourId: listening,
          level: 1,
          comment: '質問が多く、まだ聞き役に徹しきれていない',
        },
      },
      { as: c.mentor },
    );
    expect(mentor.data?.recordMentorAssessment).toMatchObject({
      __typename: 'Assessment',
      level: 1,
      source: 'MENTOR',
      assessor: { displayName: '田中 健一' },
      trainee: { displayName: '高橋 翔' },
    });

    const profile = await t.gql<{ competencyProfile: { behaviours: Standing[]; trainee: { displayName: string } } }>(
      PROFILE,
      { programId: c.program.id, traineeId: c.trainee.id },
      { as: c.trainee },
    );
    const standing = profile.data?.competencyProfile.behaviours.find((b) => b.behaviour.code === 'S1-LISTENING');
    expect(standing).toMatchObject({ currentLevel: 1, selfLevel: 3, gap: 2, proficient: false, evidenceCount: 0 });
    expect(profile.data?.competencyProfile.trainee.displayName).toBe('高橋 翔');

    // The mentor corrects the rating: a new row, the old one stays in the history.
    await t.gql(
      MENTOR,
      {
        input: {
          programId: c.program.id,
          traineeId: c.trainee.id,
          behaviourId: listening,
          level: 3,
          comment: '訂正: 2回目の訪問では自立して傾聴できていた',
        },
      },
      { as: c.mentor },
    );
    const after = await t.gql<{
      competencyProfile: {
        behaviours: Standing[];
        proficientCount: number;
        progress: number;
        steps: { step: { code: string }; proficientCount: number; weakestBehaviour: { code: string } }[];
      };
    }>(PROFILE, { programId: c.program.id, traineeId: c.trainee.id }, { as: c.owner });
    const corrected = after.data?.competencyProfile.behaviours.find((b) => b.behaviour.code === 'S1-LISTENING');
    expect(corrected).toMatchObject({ currentLevel: 3, selfLevel: 3, gap: 0, proficient: true });
    expect(after.data?.competencyProfile.proficientCount).toBe(1);
    expect(after.data?.competencyProfile.progress).toBeCloseTo(1 / 15);
    const step1 = after.data?.competencyProfile.steps.find((s) => s.step.code === 'STEP1');
    expect(step1).toMatchObject({ proficientCount: 1, weakestBehaviour: { code: 'S1-DEDICATION' } });

    const history = await t.gql<{
      assessmentHistory: { totalCount: number; edges: { node: { level: number; source: string } }[] };
    }>(HISTORY, { programId: c.program.id, traineeId: c.trainee.id, behaviourId: listening }, { as: c.mentor });
    expect(history.data?.assessmentHistory.totalCount).toBe(3);
    expect(history.data?.assessmentHistory.edges.map((e) => [e.node.source, e.node.level])).toEqual([
      ['MENTOR', 3],
      ['MENTOR', 1],
      ['SELF', 3],
    ]);
    expect(await t.count('assessment', `"traineeId" = $1`, [c.trainee.id])).toBe(3);
    expect(await t.count('audit_event', `"entityType" = 'Assessment' AND "actorId" = $1`, [c.mentor.id])).toBe(2);
  });

  it('refuses an unpaired mentor and a trainee rating someone else, writing nothing', async () => {
    const before = await t.count('assessment');
    const input = {
      programId: c.program.id,
      traineeId: c.trainee.id,
      behaviourId: framework.behaviours['S0-SENSE'],
      level: 2,
    };
    const unpaired = await t.gql(MENTOR, { input }, { as: c.otherMentor, locale: 'en' });
    expect(errorCode(unpaired)).toBe('FORBIDDEN');
    const peer = await t.factory.user({ displayName: '中村 陽菜' });
    await t.factory.member(c.program.id, peer.id, 'TRAINEE');
    const byTrainee = await t.gql(MENTOR, { input }, { as: peer });
    expect(errorCode(byTrainee)).toBe('FORBIDDEN');
    expect(byTrainee.errors?.[0].message).toBe('この操作を行う権限がありません');
    expect(await t.count('assessment')).toBe(before);
  });
});
