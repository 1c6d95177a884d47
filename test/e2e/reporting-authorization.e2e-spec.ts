import { TestApp } from '../utils/test-app';
import { AuthorizationMatrix } from '../utils/authorization-matrix';
import { Cohort, UserRow } from '../factories';

/**
 * Every reporting operation × every kind of caller (権限表): owners report on the programs they own, admins on every
 * program; trainees and mentors on nothing. `program` has an owner, a mentor and a trainee; `otherTrainee` and
 * `otherOwner` belong to another program of the same operator.
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

interface Operation {
  name: string;
  query: string;
  variables: (w: Cohort) => Record<string, unknown>;
  /** trainee, mentor, trainee of another program, owner of another program, owner, admin. */
  outcomes: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
}

const REPORT = `query ($filter: KpiFilterInput!) { kpiReport(filter: $filter) { source sections { key } } }`;
const DRILL = `query ($filter: KpiFilterInput!) {
  kpiDrillDown(filter: $filter, kpi: TRAINEES_WITH_OJT) { totalCount edges { node { id } } }
}`;
const UNKNOWN_PROGRAM = '00000000-0000-4000-8000-000000000000';

/** A program the caller names: its owner and admins only; members who do not own it FORBIDDEN, others NOT_FOUND. */
const NAMED: Operation['outcomes'] = ['FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'ok'];
/** No program named: the caller's own programs (an owner of any program), everything for admins. */
const OWN: Operation['outcomes'] = ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'ok', 'ok'];
/** A program id that does not exist. */
const UNKNOWN: Operation['outcomes'] = ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'];

const OPERATIONS: Operation[] = [
  {
    name: 'kpiReport (a program)',
    query: REPORT,
    variables: (w) => ({ filter: { fiscalYear: 2025, programIds: [w.program.id] } }),
    outcomes: NAMED,
  },
  {
    name: 'kpiReport (own programs)',
    query: REPORT,
    variables: () => ({ filter: { fiscalYear: 2025 } }),
    outcomes: OWN,
  },
  {
    name: 'kpiReport (unknown program)',
    query: REPORT,
    variables: () => ({ filter: { fiscalYear: 2025, programIds: [UNKNOWN_PROGRAM] } }),
    outcomes: UNKNOWN,
  },
  {
    name: 'kpiReport (both programs)',
    query: REPORT,
    variables: (w) => ({ filter: { fiscalYear: 2025, programIds: [w.program.id, w.otherProgram.id] } }),
    outcomes: ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'ok'],
  },
  {
    name: 'kpiDrillDown (a program)',
    query: DRILL,
    variables: (w) => ({ filter: { fiscalYear: 2025, programIds: [w.program.id] } }),
    outcomes: NAMED,
  },
  {
    name: 'kpiDrillDown (own programs)',
    query: DRILL,
    variables: () => ({ filter: { fiscalYear: 2025 } }),
    outcomes: OWN,
  },
  {
    name: 'kpiDrillDown (unknown program)',
    query: DRILL,
    variables: () => ({ filter: { fiscalYear: 2025, programIds: [UNKNOWN_PROGRAM] } }),
    outcomes: UNKNOWN,
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

describe('Authorization matrix: KPI reporting (権限表)', () => {
  let w: Cohort;

  function callers(): Record<Role, UserRow | null> {
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
    w = await t.factory.cohort();
  });
  afterAll(() => t.close());

  it('covers every reporting operation for each of the seven callers', () => {
    expect([...new Set(OPERATIONS.map((operation) => operation.name.replace(/ \(.*\)$/, '')))].sort()).toEqual([
      'kpiDrillDown',
      'kpiReport',
    ]);
    expect(CELLS).toHaveLength(OPERATIONS.length * 7);
  });

  it.each(CELLS)('%s as %s → %s', async (name, role, expected) => {
    const operation = OPERATIONS.find((candidate) => candidate.name === name)!;
    const matrix = new AuthorizationMatrix<Role>(t, ROLES, callers);
    const { outcome, response } = await matrix.cell(role, operation, operation.variables(w));
    expect(outcome).toBe(expected === 'ok' ? 'OK' : expected);
    if (expected !== 'ok') expect(response.data).toBeNull();
  });

  it('an owner of two programs sees both, and only those', async () => {
    await t.factory.member(w.otherProgram.id, w.owner.id, 'OWNER');
    const response = await t.gql<{ kpiReport: { programIds: string[] } }>(
      `query ($filter: KpiFilterInput!) { kpiReport(filter: $filter) { programIds } }`,
      { filter: { fiscalYear: 2025 } },
      { as: w.owner },
    );
    expect(response.data?.kpiReport.programIds).toEqual([w.program.id, w.otherProgram.id].sort());
  });

  it('rejects a period outside the fiscal year, naming the field in Japanese and English', async () => {
    const englishAdmin = await t.factory.admin({ organizationId: w.operator.id, locale: 'en' });
    for (const [as, message] of [
      [w.admin, '指定した年度'],
      [englishAdmin, 'must be a day inside the fiscal year'],
    ] as const) {
      const response = await t.gql(REPORT, { filter: { fiscalYear: 2025, from: '2025-03-31' } }, { as });
      expect(response.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors)).toContain('filter.from');
      expect(JSON.stringify(response.errors)).toContain(message);
    }
    const reversed = await t.gql(
      REPORT,
      { filter: { fiscalYear: 2025, from: '2025-06-01', to: '2025-05-01' } },
      {
        as: w.admin,
      },
    );
    expect(reversed.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
