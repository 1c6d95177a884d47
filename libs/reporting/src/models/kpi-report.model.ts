import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@banso/core';
import { KpiBreakdownDimension, KpiDrillDownKind, KpiReportSource, KpiUnit } from '../reporting.enums';

/** One figure of a report, with its definition (shared/domain/kpis.md) in Japanese and English. */
@ObjectType({ description: 'One KPI figure (指標) with its definition in Japanese and English' })
export class KpiFigure {
  @Field({ description: 'Stable key, e.g. TRAINEES_WITH_OJT or OFF_JT_SESSIONS_LECTURE' })
  key: string;
  @Field()
  labelJa: string;
  @Field()
  labelEn: string;
  @Field({ description: 'How the figure is counted (定義)' })
  definitionJa: string;
  @Field()
  definitionEn: string;
  @Field(() => Float, { nullable: true, description: 'Null when it cannot be computed (e.g. a rate over nothing)' })
  value: number | null;
  @Field(() => KpiUnit)
  unit: KpiUnit;
}

@ObjectType({
  description: 'A section of the report (national KPIs, off-JT, OJT quality, competencies, case funnel …)',
})
export class KpiSection {
  @Field({ description: 'national, offJt, ojtQuality, competencies, caseFunnel, or one added by another domain' })
  key: string;
  @Field()
  titleJa: string;
  @Field()
  titleEn: string;
  @Field(() => [KpiFigure])
  rows: KpiFigure[];
}

@ObjectType({ description: 'The national KPIs for one organisation kind, prefecture or month of the fiscal year' })
export class KpiBreakdownRow {
  @Field({ description: 'Organisation kind, prefecture ("" when not set) or month YYYY-MM' })
  key: string;
  @Field()
  labelJa: string;
  @Field()
  labelEn: string;
  @Field(() => Int, { description: '① participating organisations' })
  participatingOrganizations: number;
  @Field(() => Int, { description: '② companies with a job opening' })
  companiesWithJobOpening: number;
  @Field(() => Int, { description: '③ of which matched' })
  matchedCompanies: number;
  @Field(() => Int, { description: '④ trainees with OJT' })
  traineesWithOjt: number;
  @Field(() => Int, { description: 'Held visits (numerator of ⑤)' })
  heldVisits: number;
  @Field(() => Float, { nullable: true, description: '⑤ held visits per trainee of ④, one decimal' })
  visitsPerTrainee: number | null;
}

@ObjectType({
  description: 'A breakdown of the national KPIs (distinct counts per row: rows do not add up to the total)',
})
export class KpiBreakdown {
  @Field(() => KpiBreakdownDimension)
  dimension: KpiBreakdownDimension;
  @Field(() => [KpiBreakdownRow])
  rows: KpiBreakdownRow[];
}

/** The report as a plain object (the GraphQL type, and what exports render). */
@ObjectType({ description: 'Training KPI report (KPIレポート) for a filter' })
export class KpiReport {
  @Field({ description: 'When this answer was produced' })
  generatedAt: Date;
  @Field({ description: 'The records it counts are as of this time (the snapshot time when pre-aggregated)' })
  dataAsOf: Date;
  @Field(() => KpiReportSource)
  source: KpiReportSource;
  @Field(() => Int, { description: 'Japanese fiscal year (年度), April to March' })
  fiscalYear: number;
  @Field({ description: 'First day counted (YYYY-MM-DD, Japan time)' })
  periodStart: string;
  @Field({ description: 'Last day counted (YYYY-MM-DD, Japan time, inclusive)' })
  periodEnd: string;
  @Field(() => [ID], { nullable: true, description: 'Programs counted; null = every program (admins)' })
  programIds: string[] | null;
  @Field(() => [KpiSection])
  sections: KpiSection[];
  @Field(() => [KpiBreakdown])
  breakdowns: KpiBreakdown[];
}

@ObjectType({ description: 'A row counted by a national KPI (organisation, company, trainee or visit)' })
export class KpiDrillDownRow {
  @Field(() => ID, { description: 'Id of the organisation, company, trainee (account) or visit' })
  id: string;
  @Field(() => KpiDrillDownKind)
  kind: KpiDrillDownKind;
  @Field({ description: 'Organisation, company or trainee name; for a visit the company and visit number' })
  name: string;
  @Field(() => String, { nullable: true, description: 'The support organisation the row belongs to' })
  organizationName: string | null;
  @Field(() => String, { nullable: true, description: 'Kind of that organisation (OrganizationKind value)' })
  organizationKind: string | null;
  @Field(() => String, { nullable: true })
  prefecture: string | null;
  @Field(() => String, { nullable: true, description: 'For a visit: the trainee' })
  personName: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Company: when the milestone was reached; trainee: first visit held in the period; visit: when held',
  })
  occurredAt: Date | null;
  @Field(() => Int, {
    description: 'Organisation: members counted; company: cases counted; trainee: visits held; visit: 1',
  })
  count: number;
}

@ObjectType()
export class KpiDrillDownConnection extends Connection(KpiDrillDownRow) {}
