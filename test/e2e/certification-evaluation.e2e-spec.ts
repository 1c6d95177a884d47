import { JobName } from '@banso/core';
import { TestApp, waitUntil } from '../utils/test-app';
import { Cohort } from '../factories';
import { CertificationFactory } from '../factories/certification.factory';
import { CompetencyFactory } from '../factories/competency.factory';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const UPDATE_RULE = `mutation ($input: UpdateCertificationRuleInput!) {
  updateCertificationRule(input: $input) {
    __typename
    ... on CertificationRule { kind autoIssue validityMonths criteria { minLevelForBehaviours { behaviourCode minLevel } } }
    ... on ErrorResult { code message }
  }
}`;
const RATE = `mutation ($input: RecordMentorAssessmentInput!) {
  recordMentorAssessment(input: $input) { __typename ... on ErrorResult { code message } }
}`;
const EVALUATE = `mutation ($input: EvaluateProgramCertificationsInput!) {
  evaluateProgramCertifications(input: $input) {
    __typename ... on CertificationEvaluationRun { id total done finished } ... on ErrorResult { code }
  }
}`;
const RUN = `query ($id: ID!) { certificationEvaluationRun(id: $id) { total done finished criteriaMetCount } }`;

/** A SUPPORTER rule any trainee rated 3 on S1-LISTENING meets (the other criteria do not apply). */
const LISTENING_RULE = {
  minLevelForSteps: [],
  minLevelForBehaviours: [{ behaviourCode: 'S1-LISTENING', minLevel: 3 }],
  requiredActivitiesDone: false,
  requireActiveSupporter: false,
};

/**
 * Evidence changes enqueue a debounced, idempotent evaluation through the outbox; the worker notifies the owners
 * once a rule is met and issues the certificate when the rule says autoIssue. A cohort re-evaluation runs in the
 * worker with its progress in a query.
 */
describe('Certification evaluation in the worker (認定の自動評価)', () => {
  let t: TestApp;
  let cf: CertificationFactory;
  let c: Cohort;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true, env: { OUTBOX_POLL_INTERVAL_MS: '100' } });
    cf = new CertificationFactory(t.dataSource);
    c = await t.factory.cohort();
  });
  afterAll(() => t.close());

  it('a mentor rating enqueues one debounced evaluation; with autoIssue the certificate is issued and owners told', async () => {
    const rule = await t.gql<Data>(
      UPDATE_RULE,
      {
        input: {
          programId: c.program.id,
          kind: 'SUPPORTER',
          criteria: LISTENING_RULE,
          validityMonths: 12,
          autoIssue: true,
        },
      },
      { as: c.owner },
    );
    expect(rule.data!.updateCertificationRule).toMatchObject({ __typename: 'CertificationRule', autoIssue: true });
    await t.stopWorker();
    const behaviours = await cf.behaviourIds();
    for (const level of [2, 3]) {
      const rated = await t.gql<Data>(
        RATE,
        { input: { programId: c.program.id, traineeId: c.trainee.id, behaviourId: behaviours['S1-LISTENING'], level } },
        { as: c.mentor },
      );
      expect(rated.data!.recordMentorAssessment.__typename).toBe('Assessment');
    }
    // Two ratings in a row: one pending evaluation, due a few seconds later (debounced).
    const pending = await t.dataSource.query<{ availableAt: Date }[]>(
      `SELECT "availableAt" FROM outbox WHERE "jobName" = $1 AND "deduplicationKey" = $2 AND status = 'PENDING'`,
      [JobName.CERTIFICATION_EVALUATE, `${c.program.id}:${c.trainee.id}`],
    );
    expect(pending).toHaveLength(1);
    expect(pending[0].availableAt.getTime()).toBeGreaterThan(Date.now());
    await t.startWorker();
    const certificate = await waitUntil('the certificate is issued automatically', async () => {
      const rows = await t.dataSource.query<{ kind: string; issuedById: string | null }[]>(
        `SELECT kind, "issuedById" FROM certificate WHERE "userId" = $1 AND status = 'ACTIVE'`,
        [c.trainee.id],
      );
      return rows[0];
    });
    expect(certificate).toEqual({ kind: 'SUPPORTER', issuedById: null });
    expect(
      await t.count('notification', `kind = 'CERTIFICATION_CRITERIA_MET' AND "recipientId" = $1`, [c.owner.id]),
    ).toBe(1);
    expect(await t.count('audit_event', `action = 'certification.autoIssue'`)).toBe(1);
  });

  it('evaluateProgramCertifications re-evaluates the cohort in the worker; the run shows its progress', async () => {
    await t.dataSource.query(`UPDATE certification_rule SET "autoIssue" = false WHERE "programId" = $1`, [
      c.program.id,
    ]);
    const extra = await new CompetencyFactory(t.dataSource).trainees(c.program.id, c.chamber.id, 24);
    await cf.rate(c.program.id, c.mentor.id, extra[0], 3);
    const started = await t.gql<Data>(EVALUATE, { input: { programId: c.program.id } }, { as: c.owner });
    const run = started.data!.evaluateProgramCertifications as Data;
    expect(run).toMatchObject({ __typename: 'CertificationEvaluationRun', total: 25, finished: false });
    const finished = await waitUntil('the run is finished', async () => {
      const res = await t.gql<Data>(RUN, { id: run.id }, { as: c.owner });
      const current = res.data!.certificationEvaluationRun as Data;
      return current.finished ? current : undefined;
    });
    // 25 trainees in two batches of at most 20; only extra[0] newly meets the rule (the first trainee is certified).
    expect(finished).toEqual({ total: 25, done: 25, finished: true, criteriaMetCount: 1 });
    expect(await t.count('certificate', `"userId" = $1`, [extra[0]])).toBe(0);
    expect(
      await t.count('outbox', `"jobName" = $1 AND status = 'DONE'`, [JobName.CERTIFICATION_EVALUATE_PROGRAM]),
    ).toBe(2);
  });

  it('the worker schedules the next daily expiry run on start, once per day', async () => {
    const rows = await t.dataSource.query<{ payload: { day: string }; availableAt: Date }[]>(
      `SELECT payload, "availableAt" FROM outbox WHERE "jobName" = $1 AND status = 'PENDING'`,
      [JobName.CERTIFICATION_EXPIRE],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].availableAt.getTime()).toBeGreaterThan(Date.now());
    expect(rows[0].availableAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000 + 11 * 60 * 1000);
    expect(rows[0].availableAt.toISOString()).toMatch(/T15:10:00\.000Z$/);
  });
});
