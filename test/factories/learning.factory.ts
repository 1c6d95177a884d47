import { TestApp } from '../utils/test-app';
import { Cohort, UserRow } from './index';

export const ACTIVITY_FIELDS = `id programId kind title aidaStage startsAt endsAt capacity required status cancelReason
  behaviourIds seats { registered waitlisted remaining }`;
export const PARTICIPATION_FIELDS = `id activityId userId registrationStatus waitlistPosition attendance checkedInAt
  progressPercent completedAt acknowledgedAt done`;

export const CREATE_ACTIVITY = `mutation ($input: CreateLearningActivityInput!) {
  createLearningActivity(input: $input) {
    __typename
    ... on LearningActivity { ${ACTIVITY_FIELDS} }
    ... on BehaviourNotInFrameworkError { behaviourId }
    ... on ErrorResult { code message }
  }
}`;
export const UPDATE_ACTIVITY = `mutation ($input: UpdateLearningActivityInput!) {
  updateLearningActivity(input: $input) {
    __typename
    ... on LearningActivity { ${ACTIVITY_FIELDS} }
    ... on CapacityBelowRegisteredError { registeredCount }
    ... on ErrorResult { code message }
  }
}`;
export const CANCEL_ACTIVITY = `mutation ($input: CancelLearningActivityInput!) {
  cancelLearningActivity(input: $input) {
    __typename
    ... on LearningActivity { ${ACTIVITY_FIELDS} }
    ... on ErrorResult { code message }
  }
}`;
export const REGISTER = `mutation ($input: RegisterForActivityInput!) {
  registerForActivity(input: $input) {
    __typename
    ... on Participation { ${PARTICIPATION_FIELDS} }
    ... on AlreadyRegisteredError { currentStatus currentWaitlistPosition }
    ... on NotAProgramMemberError { field requiredRole }
    ... on ErrorResult { code message }
  }
}`;
export const CANCEL_REGISTRATION = `mutation ($input: CancelRegistrationInput!) {
  cancelRegistration(input: $input) {
    __typename
    ... on Participation { ${PARTICIPATION_FIELDS} }
    ... on ErrorResult { code message }
  }
}`;
export const RECORD_ATTENDANCE = `mutation ($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    __typename
    ... on AttendanceRecorded { activityId participations { ${PARTICIPATION_FIELDS} } }
    ... on InvalidAttendanceEntriesError { problems { row userId message } }
    ... on ErrorResult { code message }
  }
}`;
export const CHECK_IN_CODE = `query ($activityId: ID!) {
  activityCheckInCode(activityId: $activityId) { activityId code validFrom validUntil }
}`;
export const CHECK_IN = `mutation ($input: CheckInInput!) {
  checkIn(input: $input) {
    __typename
    ... on Participation { ${PARTICIPATION_FIELDS} }
    ... on WrongCheckInCodeError { attemptsLeft }
    ... on CheckInNotOpenError { opensAt closesAt }
    ... on ErrorResult { code message }
  }
}`;
export const RECORD_PROGRESS = `mutation ($input: RecordLearningProgressInput!) {
  recordLearningProgress(input: $input) {
    __typename
    ... on Participation { ${PARTICIPATION_FIELDS} }
    ... on ProgressCannotDecreaseError { currentPercent }
    ... on ErrorResult { code message }
  }
}`;
export const ACKNOWLEDGE = `mutation ($input: AcknowledgeHandbookInput!) {
  acknowledgeHandbook(input: $input) {
    __typename
    ... on Participation { ${PARTICIPATION_FIELDS} }
    ... on ErrorResult { code message }
  }
}`;
export const PROGRAM_ATTENDANCE = `query ($programId: ID!) {
  programAttendance(programId: $programId) {
    programId traineeCount
    activities { activity { id kind title } registeredCount waitlistedCount attendedCount doneCount completionRate }
    trainees { traineeId trainee { displayName } requiredDone requiredTotal }
  }
}`;
export const MY_LEARNING = `query ($programId: ID!) {
  myLearning(programId: $programId) {
    activity { id kind title }
    participation { ${PARTICIPATION_FIELDS} }
  }
}`;

export type Kind =
  | 'KICKOFF'
  | 'LECTURE'
  | 'ELEARNING'
  | 'HANDBOOK'
  | 'CASE_STUDY'
  | 'WORKSHOP'
  | 'ROLE_PLAY'
  | 'DEMO_SEMINAR'
  | 'FIELDWORK';

const MINUTE = 60 * 1000;

/** What registerForActivity answers: a Participation, or an error result with its fields. */
export interface Registration {
  __typename: string;
  id?: string;
  registrationStatus?: string | null;
  waitlistPosition?: number | null;
  currentStatus?: string;
  currentWaitlistPosition?: number | null;
  code?: string;
  message?: string;
}

/** A session that opens for check-in now: starts in 10 minutes, lasts two hours. */
export function openSession(): { startsAt: string; endsAt: string } {
  const start = Date.now() + 10 * MINUTE;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 120 * MINUTE).toISOString() };
}

/** A session next week (check-in not open yet). */
export function laterSession(): { startsAt: string; endsAt: string } {
  const start = Date.now() + 7 * 24 * 60 * MINUTE;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 120 * MINUTE).toISOString() };
}

export class LearningFactory {
  constructor(private readonly t: TestApp) {}

  /** Creates an activity through the API as the program owner; returns its id. */
  async activity(
    c: Pick<Cohort, 'program' | 'owner'>,
    overrides: Record<string, unknown> & { kind?: Kind } = {},
  ): Promise<string> {
    const kind = overrides.kind ?? 'LECTURE';
    const schedule = kind === 'ELEARNING' || kind === 'HANDBOOK' ? {} : openSession();
    const input = {
      programId: c.program.id,
      kind,
      title: `${kind} 中核人材確保の基礎`,
      aidaStage: 'INTEREST',
      ...schedule,
      ...overrides,
    };
    const res = await this.t.gql<{ createLearningActivity: { __typename: string; id: string; message?: string } }>(
      CREATE_ACTIVITY,
      { input },
      { as: c.owner },
    );
    const created = res.data?.createLearningActivity;
    if (created?.__typename !== 'LearningActivity') {
      throw new Error(`createLearningActivity failed: ${JSON.stringify(res.errors ?? created)}`);
    }
    return created.id;
  }

  async register(activityId: string, as: UserRow, userId?: string): Promise<Registration> {
    const res = await this.t.gql<{
      registerForActivity: Registration;
    }>(REGISTER, { input: { activityId, userId } }, { as });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.registerForActivity;
  }

  async checkInCode(activityId: string, owner: UserRow): Promise<string> {
    const res = await this.t.gql<{ activityCheckInCode: { code: string } }>(
      CHECK_IN_CODE,
      { activityId },
      { as: owner },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.activityCheckInCode.code;
  }

  /** Inserts activities straight into the database (for volume tests). */
  async bulkActivities(
    programId: string,
    createdById: string,
    count: number,
  ): Promise<{ id: string; kind: Kind; required: boolean }[]> {
    const kinds: Kind[] = ['LECTURE', 'ELEARNING', 'HANDBOOK', 'WORKSHOP', 'ROLE_PLAY'];
    return this.t.dataSource.query(
      `INSERT INTO learning_activity ("programId", kind, title, "aidaStage", "startsAt", "endsAt", required,
                                      "checkInCode", "createdById")
       SELECT $1, (ARRAY[${kinds.map((k) => `'${k}'`).join(',')}])[1 + i % ${kinds.length}]::learning_activity_kind_enum,
              '講義 ' || i, 'INTEREST', now() - interval '1 day', now() - interval '22 hours', i % 2 = 0, 'ABC234', $2
       FROM generate_series(0, $3 - 1) AS i
       RETURNING id, kind, required`,
      [programId, createdById, count],
    );
  }
}

export const SUBMISSION_FIELDS = `id activityId traineeId status version issueHypotheses submittedAt
  revisions { version issueHypotheses }
  reviews { role reviewerId submissionVersion scores { criterion level } comment }`;
export const CREATE_CASE_STUDY = `mutation ($input: CreateCaseStudyInput!) {
  createCaseStudy(input: $input) {
    __typename
    ... on CaseStudy { id title industry }
    ... on ErrorResult { code message }
  }
}`;
export const SET_UP_CASE_WORK = `mutation ($input: SetUpCaseWorkInput!) {
  setUpCaseWork(input: $input) {
    __typename
    ... on LearningActivity { id caseStudyId peerReviewersPerSubmission caseStudy { title } rubric { code title levels { level description } } }
    ... on ErrorResult { code message }
  }
}`;
export const SUBMIT_CASE_WORK = `mutation ($input: SubmitCaseWorkInput!) {
  submitCaseWork(input: $input) {
    __typename
    ... on CaseSubmission { ${SUBMISSION_FIELDS} }
    ... on ErrorResult { code message }
  }
}`;
export const CLOSE_SUBMISSIONS = `mutation ($input: CloseCaseSubmissionsInput!) {
  closeCaseSubmissions(input: $input) {
    __typename
    ... on LearningActivity { id submissionsClosedAt }
    ... on ErrorResult { code message }
  }
}`;
export const REVIEW_CASE_WORK = `mutation ($input: ReviewCaseWorkInput!) {
  reviewCaseWork(input: $input) {
    __typename
    ... on CaseReview { id role reviewerId submissionVersion scores { criterion level } comment }
    ... on RubricMismatchError { missing unknown repeated }
    ... on ErrorResult { code message }
  }
}`;
export const MY_CASE_WORK = `query ($activityId: ID!) {
  myCaseWork(activityId: $activityId) {
    activityId rubric { code }
    submission { ${SUBMISSION_FIELDS} }
    peerReviewsToDo { id traineeId }
  }
}`;
export const CASE_SUBMISSIONS = `query ($activityId: ID!) {
  caseSubmissions(activityId: $activityId) { ${SUBMISSION_FIELDS} }
}`;

export const CASE_STUDY_INPUT = {
  title: '金属加工業における製造管理者の確保',
  industry: '製造業（金属加工）',
  background: '従業員45名、創業60年。二代目社長が事業承継を控える',
  managementIssues: '生産管理が社長に属人化し、受注増に対応できない',
  whatWasDone: '経営者との対話で課題を整理し、生産管理の中核人材を副業で受け入れた',
  outcome: '納期遵守率が改善し、正社員採用にもつながった',
  source: '中核人材確保支援 事例集（令和6年度）',
};

/** Every criterion of the default rubric at one level. */
export const FULL_SCORES = (level: number) =>
  ['ISSUE_HYPOTHESIS_QUALITY', 'SOLUTION_BREADTH', 'TALENT_REQUIREMENT_CLARITY'].map((criterion) => ({
    criterion,
    level,
  }));

export const CASE_WORK = {
  issueHypotheses: '生産管理の属人化が受注拡大のボトルネックになっている',
  proposedSolutions: '副業人材の活用、社内育成、外部コンサルの比較',
  talentRequirementDraft: '生産管理経験5年以上、現場改善の実績',
};
