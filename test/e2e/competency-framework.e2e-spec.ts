import { TestApp, errorCode } from '../utils/test-app';
import { Cohort, UserRow } from '../factories';
import { CompetencyFactory, FrameworkRow } from '../factories/competency.factory';

const DRAFT = `mutation Draft($input: CreateFrameworkDraftInput!) {
  createFrameworkDraft(input: $input) { id code version status basedOnId behaviours { id code } steps { id code } }
}`;
const UPDATE_BEHAVIOUR = `mutation UpdateBehaviour($input: UpdateBehaviourInput!) {
  updateBehaviour(input: $input) {
    __typename
    ... on Behaviour { id code name nameEn description }
    ... on FrameworkNotEditableError { code message status }
  }
}`;
const ADD_BEHAVIOUR = `mutation AddBehaviour($input: AddBehaviourInput!) {
  addBehaviour(input: $input) {
    __typename
    ... on Behaviour { id code name stepId crossCutting }
    ... on ErrorResult { code message }
  }
}`;
const REMOVE_BEHAVIOUR = `mutation RemoveBehaviour($input: RemoveBehaviourInput!) {
  removeBehaviour(input: $input) { __typename ... on CompetencyFramework { behaviours { code } } ... on ErrorResult { code message } }
}`;
const UPDATE_STEP = `mutation UpdateStep($input: UpdateCompetencyStepInput!) {
  updateCompetencyStep(input: $input) {
    __typename
    ... on CompetencyStep { code title practicePoints { text phase } }
    ... on ErrorResult { code message }
  }
}`;
const UPDATE_FRAMEWORK = `mutation UpdateFramework($input: UpdateFrameworkInput!) {
  updateFramework(input: $input) {
    __typename
    ... on CompetencyFramework { name nameEn proficientLevel }
    ... on ErrorResult { code message }
  }
}`;
const PUBLISH = `mutation Publish($input: FrameworkIdInput!) {
  publishFramework(input: $input) {
    __typename
    ... on CompetencyFramework { id status publishedAt }
    ... on IllegalTransitionError { code message currentState allowedNext }
  }
}`;
const CREATE_PROGRAM = `mutation CreateProgram($input: CreateProgramInput!) {
  createProgram(input: $input) {
    __typename
    ... on Program { id frameworkId framework { code version status } }
    ... on ErrorResult { code message }
  }
}`;
const PROGRAM = `query Program($id: ID!) { program(id: $id) { frameworkId framework { version behaviours { code } } } }`;
const EXPORT = `query Export($frameworkId: ID!) { exportFramework(frameworkId: $frameworkId) }`;
const IMPORT = `mutation Import($input: ImportFrameworkInput!) {
  importFramework(input: $input) {
    __typename
    ... on CompetencyFramework { id code version status name steps { code } behaviours { code } }
    ... on InvalidFrameworkDocumentError { code message problems }
    ... on FrameworkVersionTakenError { code message version }
  }
}`;
const SELF = `mutation Self($input: RecordSelfAssessmentInput!) {
  recordSelfAssessment(input: $input) { __typename ... on Assessment { level } ... on ErrorResult { code message } }
}`;
const FRAMEWORKS = `query { competencyFrameworks(first: 10) { totalCount edges { node { code version status } } } }`;

describe('Versioning the competency framework (フレームワークの版管理)', () => {
  let t: TestApp;
  let c: Cohort;
  let v1: FrameworkRow;
  let englishAdmin: UserRow;
  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    englishAdmin = await t.factory.admin({ locale: 'en' });
    v1 = await new CompetencyFactory(t.dataSource).defaultFramework();
  });
  afterAll(() => t.close());

  const programInput = (frameworkId?: string) => ({
    name: '令和8年度 担い手育成プログラム',
    fiscalYear: 2026,
    region: '大阪府',
    operatorOrganizationId: c.operator.id,
    startsOn: '2026-06-01',
    endsOn: '2027-02-28',
    ...(frameworkId ? { frameworkId } : {}),
  });

  it('refuses to edit the published default framework, in the caller language, changing nothing', async () => {
    const res = await t.gql(
      UPDATE_BEHAVIOUR,
      { input: { behaviourId: v1.behaviours['S1-LISTENING'], nameJa: '傾聴力' } },
      { as: c.admin },
    );
    expect(res.data?.updateBehaviour).toEqual({
      __typename: 'FrameworkNotEditableError',
      code: 'FRAMEWORK_NOT_EDITABLE',
      message: 'このフレームワークは PUBLISHED のため編集できません。新しい版を下書きとして作成してください',
      status: 'PUBLISHED',
    });
    const step = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM competency_step WHERE "frameworkId" = $1 AND code = 'STEP0'`,
      [v1.id],
    );
    const stepEdit = await t.gql(
      UPDATE_STEP,
      { input: { stepId: step[0].id, titleJa: '顧客の開拓' } },
      { as: c.admin },
    );
    expect(stepEdit.data?.updateCompetencyStep).toMatchObject({ code: 'FRAMEWORK_NOT_EDITABLE' });
    const add = await t.gql(
      ADD_BEHAVIOUR,
      {
        input: {
          frameworkId: v1.id,
          code: 'X-NEW',
          nameJa: '新しい行動',
          nameEn: 'New',
          descriptionJa: '説明',
          descriptionEn: 'Description',
        },
      },
      { as: c.admin },
    );
    expect(add.data?.addBehaviour).toMatchObject({ code: 'FRAMEWORK_NOT_EDITABLE' });
    const remove = await t.gql(
      REMOVE_BEHAVIOUR,
      { input: { behaviourId: v1.behaviours['S0-SENSE'] } },
      { as: c.admin },
    );
    expect(remove.data?.removeBehaviour).toMatchObject({ code: 'FRAMEWORK_NOT_EDITABLE' });
    const rename = await t.gql(UPDATE_FRAMEWORK, { input: { frameworkId: v1.id, nameJa: '改名' } }, { as: c.admin });
    expect(rename.data?.updateFramework).toMatchObject({ code: 'FRAMEWORK_NOT_EDITABLE' });
    expect(await t.count('behaviour', `"frameworkId" = $1 AND "nameJa" = '傾聴'`, [v1.id])).toBe(1);
    expect(await t.count('behaviour', `"frameworkId" = $1`, [v1.id])).toBe(15);
    expect(await t.count('audit_event', `action LIKE 'competency.%'`)).toBe(0);
  });

  it('drafts a new version, edits it, publishes it and pins it to a new program; the old program keeps v1', async () => {
    const draft = await t.gql<{
      createFrameworkDraft: {
        id: string;
        version: number;
        status: string;
        basedOnId: string;
        behaviours: { id: string; code: string }[];
        steps: { id: string; code: string }[];
      };
    }>(DRAFT, { input: { fromFrameworkId: v1.id } }, { as: c.admin });
    const v2 = draft.data!.createFrameworkDraft;
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT', basedOnId: v1.id });
    expect(v2.behaviours).toHaveLength(15);
    const listening = v2.behaviours.find((b) => b.code === 'S1-LISTENING')!;

    const renamed = await t.gql(
      UPDATE_BEHAVIOUR,
      { input: { behaviourId: listening.id, nameJa: '傾聴力', nameEn: 'Deep listening' } },
      { as: c.admin },
    );
    expect(renamed.data?.updateBehaviour).toMatchObject({
      __typename: 'Behaviour',
      name: '傾聴力',
      nameEn: 'Deep listening',
    });
    const step3 = v2.steps.find((s) => s.code === 'STEP3')!;
    const added = await t.gql(
      ADD_BEHAVIOUR,
      {
        input: {
          frameworkId: v2.id,
          stepId: step3.id,
          code: 'S3-RETENTION',
          nameJa: '定着支援',
          nameEn: 'Supporting retention',
          descriptionJa: '採用した人材が定着するよう受入体制を助言する',
          descriptionEn: 'Advises on onboarding so the hire stays',
        },
      },
      { as: c.admin },
    );
    expect(added.data?.addBehaviour).toMatchObject({ __typename: 'Behaviour', code: 'S3-RETENTION', stepId: step3.id });
    const duplicate = await t.gql(
      ADD_BEHAVIOUR,
      {
        input: {
          frameworkId: v2.id,
          code: 'S3-RETENTION',
          nameJa: '重複',
          nameEn: 'Duplicate',
          descriptionJa: '重複',
          descriptionEn: 'Duplicate',
        },
      },
      { as: englishAdmin },
    );
    expect(duplicate.data?.addBehaviour).toMatchObject({ code: 'BEHAVIOUR_CODE_TAKEN' });
    const removed = await t.gql(
      REMOVE_BEHAVIOUR,
      { input: { behaviourId: v2.behaviours.find((b) => b.code === 'S0-ASSESS')!.id } },
      { as: c.admin },
    );
    expect((removed.data?.removeBehaviour as { behaviours: { code: string }[] }).behaviours).toHaveLength(15);
    const step = await t.gql(
      UPDATE_STEP,
      {
        input: {
          stepId: step3.id,
          practicePoints: [{ ja: '定期訪問で定着状況を確認する', en: 'Check retention on regular visits' }],
        },
      },
      { as: c.admin },
    );
    expect(step.data?.updateCompetencyStep).toMatchObject({
      title: '人材戦略の実行',
      practicePoints: [{ text: '定期訪問で定着状況を確認する', phase: null }],
    });
    const level = await t.gql(
      UPDATE_FRAMEWORK,
      { input: { frameworkId: v2.id, proficientLevel: 5 } },
      { as: englishAdmin },
    );
    expect(errorCode(level)).toBe('BAD_USER_INPUT');
    expect(level.errors?.[0].extensions.fields?.[0].field).toBe('input.proficientLevel');

    // A draft cannot be pinned to a program.
    const early = await t.gql(CREATE_PROGRAM, { input: programInput(v2.id) }, { as: c.admin });
    expect(early.data?.createProgram).toMatchObject({ code: 'FRAMEWORK_NOT_PUBLISHED' });

    const published = await t.gql(PUBLISH, { input: { frameworkId: v2.id } }, { as: c.admin });
    expect(published.data?.publishFramework).toMatchObject({ __typename: 'CompetencyFramework', status: 'PUBLISHED' });
    const again = await t.gql(PUBLISH, { input: { frameworkId: v2.id } }, { as: englishAdmin });
    expect(again.data?.publishFramework).toMatchObject({
      __typename: 'IllegalTransitionError',
      currentState: 'PUBLISHED',
      allowedNext: ['RETIRED'],
    });
    const frozen = await t.gql(
      UPDATE_BEHAVIOUR,
      { input: { behaviourId: listening.id, nameJa: 'もう一度' } },
      { as: c.admin },
    );
    expect(frozen.data?.updateBehaviour).toMatchObject({ code: 'FRAMEWORK_NOT_EDITABLE' });

    // New programs default to the latest published version; the existing program stays on v1.
    const created = await t.gql(CREATE_PROGRAM, { input: programInput() }, { as: c.admin });
    expect(created.data?.createProgram).toMatchObject({
      __typename: 'Program',
      frameworkId: v2.id,
      framework: { code: 'CORE_TALENT_SUPPORT', version: 2, status: 'PUBLISHED' },
    });
    const pinnedToV1 = await t.gql(CREATE_PROGRAM, { input: programInput(v1.id) }, { as: c.admin });
    expect(pinnedToV1.data?.createProgram).toMatchObject({ frameworkId: v1.id, framework: { version: 1 } });
    const old = await t.gql<{
      program: { frameworkId: string; framework: { version: number; behaviours: { code: string }[] } };
    }>(PROGRAM, { id: c.program.id }, { as: c.owner });
    expect(old.data?.program.frameworkId).toBe(v1.id);
    expect(old.data?.program.framework.behaviours.map((b) => b.code)).toContain('S0-ASSESS');

    // A trainee of the old program cannot rate themself on a behaviour of the new version.
    const foreign = await t.gql(
      SELF,
      { input: { programId: c.program.id, behaviourId: listening.id, level: 2 } },
      { as: c.trainee, locale: 'en' },
    );
    expect(foreign.data?.recordSelfAssessment).toMatchObject({ code: 'BEHAVIOUR_NOT_IN_FRAMEWORK' });
    expect(await t.count('assessment')).toBe(0);
    expect(await t.count('audit_event', `action = 'competency.publishFramework' AND "entityId" = $1`, [v2.id])).toBe(1);

    const list = await t.gql<{ competencyFrameworks: { totalCount: number; edges: { node: { version: number } }[] } }>(
      FRAMEWORKS,
      {},
      { as: c.trainee },
    );
    expect(list.data?.competencyFrameworks.edges.map((e) => e.node.version)).toEqual([2, 1]);
  });

  it('exports a framework as JSON and imports it back as a new DRAFT', async () => {
    const exported = await t.gql<{ exportFramework: string }>(EXPORT, { frameworkId: v1.id }, { as: c.mentor });
    const document = JSON.parse(exported.data!.exportFramework) as {
      code: string;
      version: number;
      name: { ja: string; en: string };
      steps: unknown[];
      crossCuttingBehaviours: unknown[];
    };
    expect(document).toMatchObject({
      code: 'CORE_TALENT_SUPPORT',
      version: 1,
      proficiencyScale: { proficientLevel: 3 },
    });
    expect(document.steps).toHaveLength(4);

    const taken = await t.gql(IMPORT, { input: { json: exported.data!.exportFramework } }, { as: englishAdmin });
    expect(taken.data?.importFramework).toEqual({
      __typename: 'FrameworkVersionTakenError',
      code: 'FRAMEWORK_VERSION_TAKEN',
      message: 'Version 1 of framework CORE_TALENT_SUPPORT already exists',
      version: 1,
    });

    const shared = {
      ...document,
      code: 'KINKI_NETWORK',
      name: { ja: '近畿ネットワーク版', en: 'Kinki network edition' },
    };
    const imported = await t.gql(IMPORT, { input: { json: JSON.stringify(shared) } }, { as: c.admin });
    expect(imported.data?.importFramework).toMatchObject({
      __typename: 'CompetencyFramework',
      code: 'KINKI_NETWORK',
      version: 1,
      status: 'DRAFT',
      name: '近畿ネットワーク版',
      steps: [{ code: 'STEP0' }, { code: 'STEP1' }, { code: 'STEP2' }, { code: 'STEP3' }],
    });
    expect((imported.data?.importFramework as { behaviours: unknown[] }).behaviours).toHaveLength(15);
  });

  it('rejects a broken framework document naming each problem, writing nothing', async () => {
    const before = await t.count('competency_framework');
    const notJson = await t.gql(IMPORT, { input: { json: '{"code": "BROKEN",' } }, { as: englishAdmin });
    expect(notJson.data?.importFramework).toMatchObject({ code: 'INVALID_FRAMEWORK_DOCUMENT' });
    expect((notJson.data?.importFramework as { problems: string[] }).problems[0]).toMatch(/^\$: not valid JSON/);

    const bad = {
      code: 'BROKEN_FW',
      version: 1,
      name: { ja: '壊れた', en: '' },
      proficiencyScale: { proficientLevel: 7, levels: [{ level: 0, ja: '未経験', en: 'None', meaning: '-' }] },
      steps: [
        {
          code: 'STEP0',
          ordinal: 0,
          title: { ja: '顧客開拓', en: 'Finding clients' },
          tasks: { ja: '発掘', en: 'Find' },
          practicePoints: [],
          behaviours: [
            { code: 'S0-A', ja: 'A', en: 'A', description: { ja: 'a', en: 'a' } },
            { code: 'S0-A', ja: 'B', en: 'B', phase: 'LATER', description: { ja: 'b' } },
          ],
        },
      ],
    };
    const res = await t.gql(IMPORT, { input: { json: JSON.stringify(bad) } }, { as: englishAdmin });
    const error = res.data?.importFramework as { code: string; message: string; problems: string[] };
    expect(error.code).toBe('INVALID_FRAMEWORK_DOCUMENT');
    expect(error.problems).toEqual([
      'name.en: must be a non-empty string',
      'proficiencyScale.proficientLevel: must be an integer from 1 to 4',
      'proficiencyScale.levels: must list the levels 0, 1, 2, 3, 4 in order',
      'steps[0].behaviours[1].code: duplicates another behaviour (S0-A)',
      'steps[0].behaviours[1].phase: must be one of SOLUTION, REQUIREMENT',
      'steps[0].behaviours[1].description.en: must be a non-empty string',
    ]);
    expect(error.message).toMatch(/^The framework JSON is not valid: name\.en: must be a non-empty string; /);
    expect(await t.count('competency_framework')).toBe(before);
  });
});
