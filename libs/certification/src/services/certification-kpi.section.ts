import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  inPeriod,
  KpiFigure,
  KpiScope,
  KpiSection,
  KpiSectionProvider,
  KpiSectionRegistry,
  KpiUnit,
  organizationMatches,
  percent,
  programInScope,
  programsInPeriod,
  scopeParameters,
} from '@banso/reporting';
import { MAX_LINEAGE_GENERATIONS } from './lineage.service';

/**
 * Certificates counted: issued in the period by a program in scope (revoked ones left out; expired ones still count,
 * they were issued), held by someone of the organisation kinds / prefecture asked for. The cohorts are the trainees
 * (not withdrawn) of the programs in scope running in the period; a cohort's rate counts those its program certified
 * in the period. A generation of the cascade is a certified person; the one above is a mentor named on
 * their certificate who holds a (not revoked) MENTOR certificate. One statement.
 */
const SQL = `
  WITH RECURSIVE prog AS (${programsInPeriod()}),
  cert AS (
    SELECT c."userId", c.kind::text AS kind, c."programId"
    FROM certificate c
    JOIN user_account u ON u.id = c."userId" JOIN organization o ON o.id = u."organizationId"
    WHERE ${programInScope('c."programId"')} AND c.status <> 'REVOKED' AND ${inPeriod('c."issuedAt"')}
      AND ${organizationMatches('o')}
  ),
  cohort AS (
    SELECT pm."programId", pm."userId"
    FROM program_member pm JOIN prog ON prog.id = pm."programId"
    JOIN user_account u ON u.id = pm."userId" JOIN organization o ON o.id = u."organizationId"
    WHERE pm.role = 'TRAINEE' AND pm.status <> 'WITHDRAWN' AND ${organizationMatches('o')}
  ),
  per_cohort AS (
    SELECT p.id, p.name, count(DISTINCT co."userId")::int AS trainees,
           count(DISTINCT co."userId") FILTER (WHERE EXISTS (
             SELECT 1 FROM cert WHERE cert."programId" = co."programId" AND cert."userId" = co."userId"
               AND cert.kind = 'SUPPORTER'))::int AS certified
    FROM prog JOIN program p ON p.id = prog.id LEFT JOIN cohort co ON co."programId" = p.id
    GROUP BY p.id, p.name
  ),
  mentor_edge AS (
    SELECT DISTINCT c."userId" AS mentee, m.mentor
    FROM certificate c CROSS JOIN LATERAL unnest(c."mentorIds") AS m(mentor)
    WHERE c.status <> 'REVOKED' AND EXISTS (
      SELECT 1 FROM certificate mc WHERE mc."userId" = m.mentor AND mc.kind = 'MENTOR' AND mc.status <> 'REVOKED')
  ),
  chain (person, generation, path) AS (
    SELECT DISTINCT "userId", 1, ARRAY["userId"] FROM cert
    UNION ALL
    SELECT e.mentor, chain.generation + 1, chain.path || e.mentor
    FROM chain JOIN mentor_edge e ON e.mentee = chain.person
    WHERE NOT e.mentor = ANY(chain.path) AND chain.generation < $6::int
  )
  SELECT
    (SELECT count(DISTINCT "userId")::int FROM cert WHERE kind = 'SUPPORTER') AS supporters,
    (SELECT count(DISTINCT "userId")::int FROM cert WHERE kind = 'MENTOR') AS mentors,
    (SELECT COALESCE(sum(trainees), 0)::int FROM per_cohort) AS trainees,
    (SELECT COALESCE(sum(certified), 0)::int FROM per_cohort) AS certified,
    (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', id, 'name', name, 'trainees', trainees,
                                                  'certified', certified) ORDER BY name, id), '[]')
       FROM per_cohort) AS cohorts,
    (SELECT COALESCE(max(generation), 0)::int FROM chain) AS generations`;

interface Row {
  supporters: number;
  mentors: number;
  trainees: number;
  certified: number;
  cohorts: { id: string; name: string; trainees: number; certified: number }[];
  generations: number;
}

type Definition = Omit<KpiFigure, 'value'>;

function figure(
  key: string,
  label: [string, string],
  definition: [string, string],
  unit: KpiUnit = KpiUnit.COUNT,
): Definition {
  return {
    key,
    labelJa: label[0],
    labelEn: label[1],
    definitionJa: definition[0],
    definitionEn: definition[1],
    unit,
  };
}

/** The certification figures of shared/domain/kpis.md, with their definitions in Japanese and English. */
export const CERTIFICATION_FIGURES = {
  supporters: figure(
    'SUPPORTERS_CERTIFIED',
    ['認定された担い手サポーター数', 'Supporters certified'],
    [
      '期間内に対象プログラムで「担い手サポーター（SUPPORTER）」の認定証が発行された人数（重複なし。取り消された認定証を除き、期限切れは含む）',
      'Distinct people issued a SUPPORTER certificate by a program in scope in the period (revoked certificates excluded, expired ones included)',
    ],
  ),
  mentors: figure(
    'MENTORS_CERTIFIED',
    ['認定されたメンター数', 'Mentors certified'],
    [
      '期間内に対象プログラムで「メンター（MENTOR）」の認定証が発行された人数（重複なし。取り消された認定証を除く）',
      'Distinct people issued a MENTOR certificate by a program in scope in the period (revoked certificates excluded)',
    ],
  ),
  rate: figure(
    'CERTIFICATION_RATE',
    ['認定率（全コホート）', 'Certification rate (all cohorts)'],
    [
      '対象プログラムの担い手候補者（退会者を除く）のうち、期間内にそのプログラムで担い手サポーター認定を受けた人の割合（%、小数第1位）',
      'Share of the programs’ trainees (withdrawn members excluded) issued a SUPPORTER certificate by their program in the period (%, one decimal)',
    ],
    KpiUnit.PERCENT,
  ),
  cohortRate: (program: { id: string; name: string }) =>
    figure(
      `CERTIFICATION_RATE_COHORT:${program.id}`,
      [`認定率（${program.name}）`, `Certification rate (${program.name})`],
      [
        `「${program.name}」の担い手候補者（退会者を除く）のうち、期間内にこのプログラムで担い手サポーター認定を受けた人の割合（%、小数第1位）`,
        `Share of the trainees of "${program.name}" (withdrawn members excluded) issued a SUPPORTER certificate by it in the period (%, one decimal)`,
      ],
      KpiUnit.PERCENT,
    ),
  generations: figure(
    'CASCADE_GENERATIONS',
    ['メンタリングの世代数', 'Generations in the mentoring cascade'],
    [
      '期間内に認定された人から、認定証に記録された指導メンター（メンター認定を持つ人）をさかのぼった最長の世代数（認定者本人を第1世代とする。認定がなければ0）',
      'The longest chain from a person certified in the period up through the mentors named on the certificates who hold a MENTOR certificate (the certified person is generation 1; 0 when nobody was certified)',
    ],
  ),
};

export const CERTIFICATION_SECTION_TITLE = { ja: '認定', en: 'Certification' };

/**
 * The report's certification section (supporters and mentors certified, the certification rate overall and per
 * cohort, the generations of the mentoring cascade), registered with the reporting lib's KpiSectionRegistry:
 * certification depends on reporting, never the other way round.
 */
@Injectable()
export class CertificationKpiSection implements KpiSectionProvider, OnModuleInit {
  readonly key = 'certification';
  readonly order = 50;

  constructor(private readonly registry: KpiSectionRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async compute(scope: KpiScope, manager: EntityManager): Promise<KpiSection> {
    const [row] = await manager.query<Row[]>(SQL, [...scopeParameters(scope), MAX_LINEAGE_GENERATIONS]);
    return {
      key: this.key,
      titleJa: CERTIFICATION_SECTION_TITLE.ja,
      titleEn: CERTIFICATION_SECTION_TITLE.en,
      rows: [
        { ...CERTIFICATION_FIGURES.supporters, value: row.supporters },
        { ...CERTIFICATION_FIGURES.mentors, value: row.mentors },
        { ...CERTIFICATION_FIGURES.rate, value: percent(row.certified, row.trainees) },
        ...row.cohorts.map((cohort) => ({
          ...CERTIFICATION_FIGURES.cohortRate(cohort),
          value: percent(cohort.certified, cohort.trainees),
        })),
        { ...CERTIFICATION_FIGURES.generations, value: row.generations },
      ],
    };
  }
}
