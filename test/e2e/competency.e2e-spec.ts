import { TestApp, errorCode } from '../utils/test-app';
import { Cohort } from '../factories';
import { randomUUID } from 'node:crypto';
import { EvidenceRegistry, EvidenceType } from '@banso/competency';
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
  /** Evidence records "on file" for the OTHER type: id → owner (a stand-in for a domain registering its verifier). */
  const onFile = new Map<string, { traineeId: string; programId: string }>();
  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    framework = await new CompetencyFactory(t.dataSource).defaultFramework();
    t.app.get(EvidenceRegistry).register(EvidenceType.OTHER, (id, traineeId, programId) => {
      const owner = onFile.get(id);
      return Promise.resolve(owner?.traineeId === traineeId && owner.programId === programId);
    });
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

  it('rejects a level of 5 or −1 naming the field, and a behaviour of another framework, writing nothing', async () => {
    const before = await t.count('assessment');
    for (const level of [5, -1]) {
      const self = await t.gql(
        SELF,
        { input: { programId: c.program.id, behaviourId: framework.behaviours['S0-SENSE'], level } },
        { as: c.trainee },
      );
      expect(errorCode(self)).toBe('BAD_USER_INPUT');
      expect(self.errors?.[0].extensions.fields?.[0]).toEqual({
        field: 'input.level',
        message: level > 4 ? '4以下で入力してください' : '0以上で入力してください',
      });
      const mentor = await t.gql(
        MENTOR,
        {
          input: {
            programId: c.program.id,
            traineeId: c.trainee.id,
            behaviourId: framework.behaviours['S0-SENSE'],
            level,
          },
        },
        { as: c.mentor },
      );
      expect(mentor.errors?.[0].extensions.fields?.[0].field).toBe('input.level');
    }

    // A behaviour of a draft framework the program is not pinned to.
    const draft = await t.gql<{ createFrameworkDraft: { behaviours: { id: string; code: string }[] } }>(
      `mutation($input: CreateFrameworkDraftInput!) { createFrameworkDraft(input: $input) { behaviours { id code } } }`,
      { input: { fromFrameworkId: framework.id } },
      { as: c.admin },
    );
    const foreignBehaviour = draft.data!.createFrameworkDraft.behaviours.find((b) => b.code === 'S0-SENSE')!.id;
    const self = await t.gql(
      SELF,
      { input: { programId: c.program.id, behaviourId: foreignBehaviour, level: 2 } },
      { as: c.trainee },
    );
    expect(self.data?.recordSelfAssessment).toEqual({
      __typename: 'BehaviourNotInFrameworkError',
      code: 'BEHAVIOUR_NOT_IN_FRAMEWORK',
      message: `この行動（${foreignBehaviour}）はプログラムのコンピテンシー・フレームワークに含まれていません`,
    });
    const mentor = await t.gql(
      MENTOR,
      { input: { programId: c.program.id, traineeId: c.trainee.id, behaviourId: foreignBehaviour, level: 2 } },
      { as: c.mentor },
    );
    expect(mentor.data?.recordMentorAssessment).toMatchObject({ code: 'BEHAVIOUR_NOT_IN_FRAMEWORK' });
    expect(await t.count('assessment')).toBe(before);
  });

  it('accepts the trainee’s own evidence and refuses foreign or unknown evidence, writing nothing', async () => {
    const ownRecord = randomUUID();
    const othersRecord = randomUUID();
    onFile.set(ownRecord, { traineeId: c.trainee.id, programId: c.program.id });
    onFile.set(othersRecord, { traineeId: c.otherTrainee.id, programId: c.otherProgram.id });
    const rate = (evidence: { type: string; id: string }) =>
      t.gql(
        MENTOR,
        {
          input: {
            programId: c.program.id,
            traineeId: c.trainee.id,
            behaviourId: framework.behaviours['S1-HYPOTHESIS'],
            level: 2,
            comment: '事前準備で仮説を3つ立てていた',
            evidence,
          },
        },
        { as: c.mentor },
      );
    const before = await t.count('assessment');
    const foreign = await rate({ type: 'OTHER', id: othersRecord });
    expect(foreign.data?.recordMentorAssessment).toEqual({
      __typename: 'EvidenceNotFoundError',
      code: 'EVIDENCE_NOT_FOUND',
      message: `根拠（OTHER ${othersRecord}）が見つからないか、この担い手候補者のこのプログラムの記録ではありません`,
    });
    const unknown = await rate({ type: 'OTHER', id: randomUUID() });
    expect(unknown.data?.recordMentorAssessment).toMatchObject({ code: 'EVIDENCE_NOT_FOUND' });
    const unverifiable = await rate({ type: 'CASE_SUBMISSION', id: ownRecord });
    expect(unverifiable.data?.recordMentorAssessment).toMatchObject({ code: 'EVIDENCE_NOT_FOUND' });
    const malformed = await rate({ type: 'OTHER', id: 'visit-1' });
    expect(malformed.errors?.[0].extensions.fields?.[0].field).toBe('input.evidence.id');
    expect(await t.count('assessment')).toBe(before);
    expect(await t.count('audit_event', `"entityType" = 'Assessment'`)).toBe(before);

    const own = await rate({ type: 'OTHER', id: ownRecord });
    expect(own.data?.recordMentorAssessment).toMatchObject({
      __typename: 'Assessment',
      level: 2,
      evidenceType: 'OTHER',
      evidenceId: ownRecord,
    });
    await rate({ type: 'OTHER', id: ownRecord });
    const profile = await t.gql<{ competencyProfile: { behaviours: Standing[] } }>(
      PROFILE,
      { programId: c.program.id, traineeId: c.trainee.id },
      { as: c.mentor },
    );
    expect(profile.data?.competencyProfile.behaviours.find((b) => b.behaviour.code === 'S1-HYPOTHESIS')).toMatchObject({
      currentLevel: 2,
      selfLevel: null,
      gap: null,
      evidenceCount: 1,
    });
  });

  it('refuses rating someone who is not a trainee of the program, and ratings in a closed program', async () => {
    const before = await t.count('assessment');
    const notTrainee = await t.gql(
      MENTOR,
      {
        input: {
          programId: c.program.id,
          traineeId: c.otherMentor.id,
          behaviourId: framework.behaviours['S0-SENSE'],
          level: 1,
        },
      },
      { as: c.owner },
    );
    expect(notTrainee.data?.recordMentorAssessment).toMatchObject({
      __typename: 'NotAProgramMemberError',
      code: 'NOT_A_PROGRAM_MEMBER',
    });
    const closed = await t.factory.program({ status: 'CLOSED' });
    await t.factory.member(closed.id, c.trainee.id, 'TRAINEE');
    const late = await t.gql(
      SELF,
      { input: { programId: closed.id, behaviourId: framework.behaviours['S0-SENSE'], level: 1 } },
      { as: c.trainee },
    );
    expect(late.data?.recordSelfAssessment).toMatchObject({ code: 'PROGRAM_CLOSED' });
    expect(await t.count('assessment')).toBe(before);
  });

  it('shows the owner every trainee in the matrix and a mentor only their mentees', async () => {
    const MATRIX = `query Matrix($programId: ID!) {
      competencyMatrix(programId: $programId) {
        proficientLevel behaviours { code }
        rows { traineeId trainee { displayName } levels proficientCount }
      }
    }`;
    const second = await t.factory.user({ displayName: '山本 大輔' });
    await t.factory.member(c.program.id, second.id, 'TRAINEE');
    await t.factory.pair(c.program.id, c.otherMentor.id, second.id);
    await new CompetencyFactory(t.dataSource).rateAll(
      c.program.id,
      c.otherMentor.id,
      [second.id],
      [framework.behaviours['S0-ASSESS'], framework.behaviours['X-INFO-SHARING']],
      (_t, b) => (b === 0 ? 4 : 3),
    );
    type Matrix = {
      competencyMatrix: {
        behaviours: { code: string }[];
        rows: {
          traineeId: string;
          trainee: { displayName: string };
          levels: (number | null)[];
          proficientCount: number;
        }[];
      };
    };
    const owner = await t.gql<Matrix>(MATRIX, { programId: c.program.id }, { as: c.owner });
    const matrix = owner.data!.competencyMatrix;
    expect(matrix.behaviours).toHaveLength(15);
    expect(matrix.behaviours[14].code).toBe('X-INFO-SHARING');
    const byName = new Map(matrix.rows.map((row) => [row.trainee.displayName, row]));
    expect(byName.get('山本 大輔')).toMatchObject({ proficientCount: 2 });
    expect(byName.get('山本 大輔')!.levels[0]).toBe(4);
    expect(byName.get('山本 大輔')!.levels[14]).toBe(3);
    const takahashi = byName.get('高橋 翔')!;
    expect(takahashi.levels[matrix.behaviours.findIndex((b) => b.code === 'S1-LISTENING')]).toBe(3);
    expect(takahashi.levels[0]).toBeNull();

    const mentor = await t.gql<Matrix>(MATRIX, { programId: c.program.id }, { as: c.mentor });
    expect(mentor.data!.competencyMatrix.rows.map((row) => row.trainee.displayName)).toEqual(['高橋 翔']);
    const otherMentor = await t.gql<Matrix>(MATRIX, { programId: c.program.id }, { as: c.otherMentor });
    expect(otherMentor.data!.competencyMatrix.rows.map((row) => row.trainee.displayName)).toEqual(['山本 大輔']);
    expect(errorCode(await t.gql(MATRIX, { programId: c.program.id }, { as: c.trainee }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(MATRIX, { programId: c.program.id }, { as: c.otherOwner }))).toBe('NOT_FOUND');
  });
});
