import { plainRows, SqlWhere } from '@banso/core';
import { TestApp } from '../utils/test-app';
import { Cohort } from '../factories';
import { OjtFactory } from '../factories/ojt.factory';

/** The hot reads hydrate plain rows; each must read exactly what TypeORM's entity hydration gives. */
describe('plain-row reads give the same values as TypeORM entities', () => {
  let t: TestApp;
  let c: Cohort;
  beforeAll(async () => {
    t = await TestApp.start();
    c = await t.factory.cohort();
    const ojt = new OjtFactory(t);
    const { caseId } = await ojt.openCase(c);
    await ojt.postBriefedVisit(c, caseId);
    // A post-brief with next actions (one with a due date: a `date` column) and a planned visit.
    const visit = await ojt.planVisit(c, caseId);
    const brief = await ojt.preBrief(c, visit.id);
    await ojt.recordVisit(c, visit.id);
    await ojt.postBrief(
      c,
      visit.id,
      [{ hypothesisId: brief.hypotheses[0].id, verdict: 'REVISED', note: '技術承継が先' }],
      [
        { description: '技術者の年齢構成を確認する', ownerId: c.trainee.id, dueOn: '2026-01-15' },
        { description: '社長に再訪を打診する', ownerId: c.trainee.id },
      ],
    );
    await ojt.planVisit(c, caseId);
  });
  afterAll(() => t.close());

  // Entity names (the libs export no entity classes).
  const entities = [
    'OjtVisitEntity',
    'SupportCaseEntity',
    'ClientCompanyEntity',
    'NextActionEntity',
    'UserAccountEntity',
    'OrganizationEntity',
    'ProgramEntity',
    'CompetencyFrameworkEntity',
    'CompetencyStepEntity',
    'BehaviourEntity',
  ];

  it.each(entities)('%s', async (entity) => {
    const repository = t.dataSource.getRepository<{ id: string }>(entity);
    const expected = await repository.find({ order: { id: 'ASC' } });
    expect(expected.length).toBeGreaterThan(0);
    const rows = await plainRows<{ id: string }>(t.dataSource, entity, 'e').select('ORDER BY e.id ASC', []);
    expect(rows.map((row) => ({ ...row }))).toEqual(expected.map((row) => ({ ...row })));
    const ids = expected.slice(0, 2).map((row) => row.id);
    const byIds = await plainRows<{ id: string }>(t.dataSource, entity, 'e').byIds(ids);
    expect(byIds.map((row) => row.id).sort()).toEqual([...ids].sort());
  });

  it('SqlWhere turns named parameters into positional ones, lists spread, casts left alone', () => {
    const where = new SqlWhere();
    where.and(`visit."traineeId" = ${where.param('t-1')}`);
    where.and('(visit."programId" IN (:...programs) OR visit."mentorId" = :user) AND x::text = :user', {
      programs: ['p-1', 'p-2'],
      user: 'u-1',
    });
    expect(where.clause).toBe(
      'WHERE (visit."traineeId" = $1) AND ((visit."programId" IN ($2, $3) OR visit."mentorId" = $4) AND x::text = $4)',
    );
    expect(where.values).toEqual(['t-1', 'p-1', 'p-2', 'u-1']);
    const copy = where.clone().and('y = $5');
    expect(copy.values).toHaveLength(4);
    expect(where.clause).not.toContain('y =');
  });
});
