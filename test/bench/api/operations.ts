import { BENCH_PASSWORD, SeededProgram } from './seed';

/** Who calls an operation: a fixed user, or (writes that change a row's version) one pool entry per connection. */
export type Caller = { kind: 'user'; userId: string } | { kind: 'public' } | { kind: 'postBriefPool' };

export interface BenchOperation {
  name: string;
  /** GraphQL document; its operation name is the same as `name`. */
  query: string;
  variables: Record<string, unknown>;
  caller: Caller;
  write: boolean;
  /** Work the raw baseline does beside SQL because the api does it too (password check). */
  rawExtra?: 'argon2';
}

const VISITS = `query visits($traineeId: ID!) {
  visits(filter: { traineeId: $traineeId }, first: 20) {
    edges {
      cursor
      node {
        id number status scheduledAt heldAt traineeRole
        supportCase { id currentStep status }
        clientCompany { id name industry prefecture }
        mentors { id displayName }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const PROFILE = `query competencyProfile($programId: ID!, $traineeId: ID!) {
  competencyProfile(programId: $programId, traineeId: $traineeId) {
    traineeId behaviourCount proficientCount progress
    behaviours {
      behaviour { id code name }
      currentLevel selfLevel gap proficient evidenceCount lastAssessedAt
    }
  }
}`;

const ME = `query me { me { id displayName email locale organization { id name kind } } }`;

const SELF_ASSESSMENT = `mutation recordSelfAssessment($input: RecordSelfAssessmentInput!) {
  recordSelfAssessment(input: $input) {
    __typename
    ... on Assessment { id level source recordedAt }
    ... on ErrorResult { code message }
  }
}`;

const MY_OJT = `query myOjt {
  myOjt {
    cases { id currentStep status clientCompany { id name } }
    upcomingVisits { id number status scheduledAt }
    openNextActions { id description dueOn status }
  }
}`;

const MENTOR_INBOX = `query mentorInbox {
  mentorInbox {
    reason waitingSince waitingHours
    visit { id number status trainee { id displayName } clientCompany { id name } }
  }
}`;

const POST_BRIEF = `mutation recordPostBrief($input: RecordPostBriefInput!) {
  recordPostBrief(input: $input) {
    __typename
    ... on PostBrief { id version findings }
    ... on ErrorResult { code message }
  }
}`;

const LOGIN = `mutation login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AuthPayload { accessToken accessTokenExpiresAt refreshToken user { id displayName } }
    ... on ErrorResult { code message }
  }
}`;

/** recordPostBrief variables for one pool visit at a given version (the api refuses a stale one). */
export function postBriefVariables(
  entry: SeededProgram['postBriefed'][number],
  version: number,
): Record<string, unknown> {
  return {
    input: {
      visitId: entry.visitId,
      version,
      hypothesisVerdicts: [{ hypothesisId: entry.hypothesisId, verdict: 'REVISED', note: '技術承継が先' }],
      findings: '営業の属人化より、技術承継が優先課題',
      goodPoints: '社長の想いを引き出せた',
      improvementAreas: '質問が誘導的になる場面があった',
      improvementPlan: 'オープンクエスチョンを準備する',
      nextActions: [{ description: '技術者の年齢構成を確認する', ownerId: entry.traineeId, dueOn: '2026-01-15' }],
      nextHearingItems: ['技術者の年齢構成'],
    },
  };
}

export function benchOperations(seed: SeededProgram): BenchOperation[] {
  const trainee: Caller = { kind: 'user', userId: seed.traineeId };
  const mentor: Caller = { kind: 'user', userId: seed.mentorId };
  return [
    { name: 'visits', query: VISITS, variables: { traineeId: seed.traineeId }, caller: mentor, write: false },
    {
      name: 'competencyProfile',
      query: PROFILE,
      variables: { programId: seed.programId, traineeId: seed.traineeId },
      caller: mentor,
      write: false,
    },
    { name: 'me', query: ME, variables: {}, caller: trainee, write: false },
    {
      name: 'recordSelfAssessment',
      query: SELF_ASSESSMENT,
      variables: {
        input: { programId: seed.programId, behaviourId: seed.behaviourIds[3], level: 2, comment: '傾聴を意識した' },
      },
      caller: trainee,
      write: true,
    },
    { name: 'myOjt', query: MY_OJT, variables: {}, caller: trainee, write: false },
    { name: 'mentorInbox', query: MENTOR_INBOX, variables: {}, caller: mentor, write: false },
    {
      name: 'recordPostBrief',
      query: POST_BRIEF,
      variables: postBriefVariables(seed.postBriefed[0], 1),
      caller: { kind: 'postBriefPool' },
      write: true,
    },
    {
      name: 'login',
      query: LOGIN,
      variables: { input: { email: seed.traineeEmail, password: BENCH_PASSWORD } },
      caller: { kind: 'public' },
      write: true,
      rawExtra: 'argon2',
    },
  ];
}
