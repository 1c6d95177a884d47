import { TestApp } from '../utils/test-app';
import { AuthorizationMatrix } from '../utils/authorization-matrix';
import { Cohort, UserRow } from '../factories';
import {
  CASE_STUDY_INPUT,
  CASE_WORK,
  CREATE_CASE_STUDY,
  FULL_SCORES,
  LearningFactory,
  openSession,
  SET_UP_CASE_WORK,
  SUBMIT_CASE_WORK,
} from '../factories/learning.factory';

/**
 * Every learning operation × every kind of caller, each cell with its exact outcome. `program` has an owner, a
 * mentor and a trainee; `otherTrainee` and `otherOwner` belong to another program of the same operator.
 */
type Role =
  'anonymous' | 'trainee' | 'mentor' | 'trainee of another program' | 'owner of another program' | 'owner' | 'admin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

const ROLES: Role[] = [
  'anonymous',
  'trainee',
  'mentor',
  'trainee of another program',
  'owner of another program',
  'owner',
  'admin',
];

interface World extends Cohort {
  /** A CASE_STUDY activity with a case attached and a final submission by `peer`, another trainee of `program`. */
  caseActivityId: string;
  caseStudyId: string;
  peerSubmissionId: string;
  lectureId: string;
  elearningId: string;
  handbookId: string;
  code: string;
}

interface Operation {
  name: string;
  /** Needs its own records: it changes state others would see. */
  fresh?: boolean;
  prepare?: (world: World) => Promise<void>;
  query: string;
  variables: (world: World) => Record<string, unknown>;
  /** For result unions: the success member's __typename. */
  success?: string;
  /** trainee, mentor, trainee of another program, owner of another program, owner, admin. */
  outcomes: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
}

const READ: Operation['outcomes'] = ['ok', 'ok', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'ok'];
const MANAGE: Operation['outcomes'] = ['FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'ok'];
/** Taking part oneself: trainees of the program only. */
const TAKE_PART: Operation['outcomes'] = ['ok', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN'];
/** A trainee for themself, owners for any trainee of the program. */
const FOR_TRAINEE: Operation['outcomes'] = ['ok', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'ok'];

/** Reading everyone's case work: owners and mentors. */
const STAFF: Operation['outcomes'] = ['FORBIDDEN', 'ok', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'ok'];

const union = (name: string, input: string, success: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { __typename ... on ${success} { id } ... on ErrorResult { code message } } }`;

const OPERATIONS: Operation[] = [
  {
    name: 'learningActivity',
    query: `query ($id: ID!) { learningActivity(id: $id) { id } }`,
    variables: (w) => ({ id: w.lectureId }),
    outcomes: READ,
  },
  {
    name: 'learningActivities',
    query: `query ($programId: ID!) { learningActivities(programId: $programId) { totalCount } }`,
    variables: (w) => ({ programId: w.program.id }),
    outcomes: READ,
  },
  {
    name: 'myLearning',
    query: `query ($programId: ID!) { myLearning(programId: $programId) { activity { id } } }`,
    variables: (w) => ({ programId: w.program.id }),
    outcomes: READ,
  },
  {
    name: 'activityParticipations',
    query: `query ($activityId: ID!) { activityParticipations(activityId: $activityId) { id } }`,
    variables: (w) => ({ activityId: w.lectureId }),
    outcomes: MANAGE,
  },
  {
    name: 'activityCheckInCode',
    query: `query ($activityId: ID!) { activityCheckInCode(activityId: $activityId) { code } }`,
    variables: (w) => ({ activityId: w.lectureId }),
    outcomes: MANAGE,
  },
  {
    name: 'programAttendance',
    query: `query ($programId: ID!) { programAttendance(programId: $programId) { traineeCount } }`,
    variables: (w) => ({ programId: w.program.id }),
    outcomes: MANAGE,
  },
  {
    name: 'createLearningActivity',
    query: union('createLearningActivity', 'CreateLearningActivityInput', 'LearningActivity'),
    variables: (w) => ({
      input: { programId: w.program.id, kind: 'LECTURE', title: '講義', aidaStage: 'INTEREST', ...openSession() },
    }),
    success: 'LearningActivity',
    outcomes: MANAGE,
  },
  {
    name: 'updateLearningActivity',
    query: union('updateLearningActivity', 'UpdateLearningActivityInput', 'LearningActivity'),
    variables: (w) => ({ input: { activityId: w.lectureId, location: '大阪商工会議所 会議室' } }),
    success: 'LearningActivity',
    outcomes: MANAGE,
  },
  {
    name: 'cancelLearningActivity',
    fresh: true,
    query: union('cancelLearningActivity', 'CancelLearningActivityInput', 'LearningActivity'),
    variables: (w) => ({ input: { activityId: w.lectureId, reason: '講師の体調不良' } }),
    success: 'LearningActivity',
    outcomes: MANAGE,
  },
  {
    name: 'registerForActivity',
    fresh: true,
    query: union('registerForActivity', 'RegisterForActivityInput', 'Participation'),
    variables: (w) => ({ input: { activityId: w.lectureId } }),
    success: 'Participation',
    outcomes: TAKE_PART,
  },
  {
    name: 'registerForActivity (for a trainee)',
    fresh: true,
    query: union('registerForActivity', 'RegisterForActivityInput', 'Participation'),
    variables: (w) => ({ input: { activityId: w.lectureId, userId: w.trainee.id } }),
    success: 'Participation',
    outcomes: FOR_TRAINEE,
  },
  {
    name: 'cancelRegistration (for a trainee)',
    fresh: true,
    prepare: async (w) => {
      await new LearningFactory(t).register(w.lectureId, w.trainee);
    },
    query: union('cancelRegistration', 'CancelRegistrationInput', 'Participation'),
    variables: (w) => ({ input: { activityId: w.lectureId, userId: w.trainee.id } }),
    success: 'Participation',
    outcomes: FOR_TRAINEE,
  },
  {
    name: 'recordAttendance',
    query: `mutation ($input: RecordAttendanceInput!) {
      recordAttendance(input: $input) { __typename ... on AttendanceRecorded { activityId } ... on ErrorResult { code } }
    }`,
    variables: (w) => ({ input: { activityId: w.lectureId, entries: [{ userId: w.trainee.id, status: 'ATTENDED' }] } }),
    success: 'AttendanceRecorded',
    outcomes: MANAGE,
  },
  {
    name: 'checkIn',
    fresh: true,
    query: union('checkIn', 'CheckInInput', 'Participation'),
    variables: (w) => ({ input: { activityId: w.lectureId, code: w.code } }),
    success: 'Participation',
    outcomes: TAKE_PART,
  },
  {
    name: 'recordLearningProgress',
    fresh: true,
    query: union('recordLearningProgress', 'RecordLearningProgressInput', 'Participation'),
    variables: (w) => ({ input: { activityId: w.elearningId, progressPercent: 40 } }),
    success: 'Participation',
    outcomes: TAKE_PART,
  },
  {
    name: 'acknowledgeHandbook',
    fresh: true,
    query: union('acknowledgeHandbook', 'AcknowledgeHandbookInput', 'Participation'),
    variables: (w) => ({ input: { activityId: w.handbookId } }),
    success: 'Participation',
    outcomes: TAKE_PART,
  },
  {
    name: 'caseStudies',
    query: `query ($programId: ID!) { caseStudies(programId: $programId) { totalCount } }`,
    variables: (w) => ({ programId: w.program.id }),
    outcomes: READ,
  },
  {
    name: 'caseSubmissions',
    query: `query ($activityId: ID!) { caseSubmissions(activityId: $activityId) { id } }`,
    variables: (w) => ({ activityId: w.caseActivityId }),
    outcomes: STAFF,
  },
  {
    name: 'myCaseWork',
    query: `query ($activityId: ID!) { myCaseWork(activityId: $activityId) { activityId } }`,
    variables: (w) => ({ activityId: w.caseActivityId }),
    outcomes: TAKE_PART,
  },
  {
    name: 'createCaseStudy',
    query: union('createCaseStudy', 'CreateCaseStudyInput', 'CaseStudy'),
    variables: (w) => ({ input: { programId: w.program.id, ...CASE_STUDY_INPUT } }),
    success: 'CaseStudy',
    outcomes: MANAGE,
  },
  {
    name: 'setUpCaseWork',
    query: union('setUpCaseWork', 'SetUpCaseWorkInput', 'LearningActivity'),
    variables: (w) => ({
      input: { activityId: w.caseActivityId, caseStudyId: w.caseStudyId, peerReviewersPerSubmission: 2 },
    }),
    success: 'LearningActivity',
    outcomes: MANAGE,
  },
  {
    name: 'submitCaseWork',
    fresh: true,
    query: union('submitCaseWork', 'SubmitCaseWorkInput', 'CaseSubmission'),
    variables: (w) => ({ input: { activityId: w.caseActivityId, ...CASE_WORK, final: true } }),
    success: 'CaseSubmission',
    outcomes: TAKE_PART,
  },
  {
    name: 'closeCaseSubmissions',
    fresh: true,
    query: union('closeCaseSubmissions', 'CloseCaseSubmissionsInput', 'LearningActivity'),
    variables: (w) => ({ input: { activityId: w.caseActivityId } }),
    success: 'LearningActivity',
    outcomes: MANAGE,
  },
  {
    name: 'reviewCaseWork',
    fresh: true,
    query: union('reviewCaseWork', 'ReviewCaseWorkInput', 'CaseReview'),
    variables: (w) => ({ input: { submissionId: w.peerSubmissionId, scores: FULL_SCORES(2), comment: '良い仮説' } }),
    success: 'CaseReview',
    // The trainee is not allocated as a peer (submissions are open), so only staff may review.
    outcomes: STAFF,
  },
];

const CELLS: [string, Role, Outcome][] = OPERATIONS.flatMap((operation) =>
  ROLES.map((role, index): [string, Role, Outcome] => [
    operation.name,
    role,
    index === 0 ? 'UNAUTHENTICATED' : operation.outcomes[index - 1],
  ]),
);

let t: TestApp;

describe('Authorization matrix: off-JT learning (権限表)', () => {
  let shared: World;

  async function world(): Promise<World> {
    const cohort = await t.factory.cohort();
    const learning = new LearningFactory(t);
    const lectureId = await learning.activity(cohort, { kind: 'LECTURE', capacity: 30 });
    const elearningId = await learning.activity(cohort, { kind: 'ELEARNING' });
    const handbookId = await learning.activity(cohort, { kind: 'HANDBOOK' });
    const code = await learning.checkInCode(lectureId, cohort.owner);
    const caseActivityId = await learning.activity(cohort, { kind: 'CASE_STUDY' });
    const caseStudy = await t.gql<{ createCaseStudy: { id: string } }>(
      CREATE_CASE_STUDY,
      { input: { programId: cohort.program.id, ...CASE_STUDY_INPUT } },
      { as: cohort.owner },
    );
    const caseStudyId = caseStudy.data!.createCaseStudy.id;
    await t.gql(
      SET_UP_CASE_WORK,
      { input: { activityId: caseActivityId, caseStudyId, peerReviewersPerSubmission: 1 } },
      { as: cohort.owner },
    );
    const peer = await t.factory.user({ organizationId: cohort.chamber.id, displayName: '山本 恵' });
    await t.factory.member(cohort.program.id, peer.id, 'TRAINEE');
    const submitted = await t.gql<{ submitCaseWork: { id: string } }>(
      SUBMIT_CASE_WORK,
      { input: { activityId: caseActivityId, ...CASE_WORK, final: true } },
      { as: peer },
    );
    const peerSubmissionId = submitted.data!.submitCaseWork.id;
    return { ...cohort, lectureId, elearningId, handbookId, code, caseActivityId, caseStudyId, peerSubmissionId };
  }

  function callersOf(w: World): Record<Role, UserRow | null> {
    return {
      anonymous: null,
      trainee: w.trainee,
      mentor: w.mentor,
      'trainee of another program': w.otherTrainee,
      'owner of another program': w.otherOwner,
      owner: w.owner,
      admin: w.admin,
    };
  }

  beforeAll(async () => {
    t = await TestApp.start();
    shared = await world();
  });
  afterAll(() => t.close());

  it('covers every operation of the learning lib for each of the seven callers', () => {
    expect([...new Set(OPERATIONS.map((operation) => operation.name.replace(/ \(.*\)$/, '')))].sort()).toEqual(
      [
        'learningActivity',
        'learningActivities',
        'myLearning',
        'activityParticipations',
        'activityCheckInCode',
        'programAttendance',
        'createLearningActivity',
        'updateLearningActivity',
        'cancelLearningActivity',
        'registerForActivity',
        'cancelRegistration',
        'recordAttendance',
        'checkIn',
        'recordLearningProgress',
        'acknowledgeHandbook',
        'caseStudies',
        'caseSubmissions',
        'myCaseWork',
        'createCaseStudy',
        'setUpCaseWork',
        'submitCaseWork',
        'closeCaseSubmissions',
        'reviewCaseWork',
      ].sort(),
    );
    expect(CELLS).toHaveLength(OPERATIONS.length * 7);
  });

  it.each(CELLS)('%s as %s → %s', async (name, role, expected) => {
    const operation = OPERATIONS.find((candidate) => candidate.name === name)!;
    const w = operation.fresh ? await world() : shared;
    await operation.prepare?.(w);
    // The shared matrix helper also checks that a refused call leaves the audit trail as it was.
    const matrix = new AuthorizationMatrix<Role>(t, ROLES, () => callersOf(w));
    const { outcome, response } = await matrix.cell(role, operation, operation.variables(w));
    expect(outcome).toBe(expected === 'ok' ? 'OK' : expected);
    if (expected !== 'ok') expect(response.data).toBeNull();
  });
});
