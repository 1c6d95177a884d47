import { registerEnumType } from '@nestjs/graphql';

/** The five national KPIs of the program (shared/domain/kpis.md ①–⑤) and the held visits behind ⑤. */
export enum NationalKpi {
  PARTICIPATING_ORGANIZATIONS = 'PARTICIPATING_ORGANIZATIONS',
  COMPANIES_WITH_JOB_OPENING = 'COMPANIES_WITH_JOB_OPENING',
  MATCHED_COMPANIES = 'MATCHED_COMPANIES',
  TRAINEES_WITH_OJT = 'TRAINEES_WITH_OJT',
  VISITS_PER_TRAINEE = 'VISITS_PER_TRAINEE',
  HELD_VISITS = 'HELD_VISITS',
}
registerEnumType(NationalKpi, {
  name: 'NationalKpi',
  description:
    'PARTICIPATING_ORGANIZATIONS ① 参画した経営支援機関数, COMPANIES_WITH_JOB_OPENING ② 求人化まで至った支援企業数, ' +
    'MATCHED_COMPANIES ③ ②のうちマッチング・フォローに至った支援企業数, TRAINEES_WITH_OJT ④ OJT支援を実施した担い手の人数, ' +
    'VISITS_PER_TRAINEE ⑤ ④に対する一人当たりの平均実施回数, HELD_VISITS ⑤の分子（実施した同行訪問の回数）',
});

export enum KpiUnit {
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
  AVERAGE = 'AVERAGE',
  HOURS = 'HOURS',
  LEVEL = 'LEVEL',
}
registerEnumType(KpiUnit, {
  name: 'KpiUnit',
  description:
    'COUNT 件・人, PERCENT % (0–100, one decimal), AVERAGE 平均 (one decimal), HOURS 時間, LEVEL 習熟度レベル差',
});

export enum KpiReportSource {
  SNAPSHOT = 'SNAPSHOT',
  LIVE = 'LIVE',
}
registerEnumType(KpiReportSource, {
  name: 'KpiReportSource',
  description:
    'SNAPSHOT: pre-aggregated by the worker (集計済み, as of dataAsOf); LIVE: computed from the records for this request',
});

export enum KpiBreakdownDimension {
  ORGANIZATION_KIND = 'ORGANIZATION_KIND',
  PREFECTURE = 'PREFECTURE',
  FISCAL_MONTH = 'FISCAL_MONTH',
}
registerEnumType(KpiBreakdownDimension, {
  name: 'KpiBreakdownDimension',
  description: 'ORGANIZATION_KIND 機関種別, PREFECTURE 都道府県, FISCAL_MONTH 年度内の月（4月〜3月）',
});

export enum KpiDrillDownKind {
  ORGANIZATION = 'ORGANIZATION',
  COMPANY = 'COMPANY',
  TRAINEE = 'TRAINEE',
  VISIT = 'VISIT',
}
registerEnumType(KpiDrillDownKind, {
  name: 'KpiDrillDownKind',
  description: 'What a drill-down row is: ORGANIZATION 機関, COMPANY 支援企業, TRAINEE 担い手, VISIT 同行訪問',
});

/** Which rows a national KPI counts. */
export const DRILL_DOWN_KIND: Record<NationalKpi, KpiDrillDownKind> = {
  [NationalKpi.PARTICIPATING_ORGANIZATIONS]: KpiDrillDownKind.ORGANIZATION,
  [NationalKpi.COMPANIES_WITH_JOB_OPENING]: KpiDrillDownKind.COMPANY,
  [NationalKpi.MATCHED_COMPANIES]: KpiDrillDownKind.COMPANY,
  [NationalKpi.TRAINEES_WITH_OJT]: KpiDrillDownKind.TRAINEE,
  [NationalKpi.VISITS_PER_TRAINEE]: KpiDrillDownKind.VISIT,
  [NationalKpi.HELD_VISITS]: KpiDrillDownKind.VISIT,
};

/** Visit states that mean the visit was held (VISITED or later); a cancelled visit never reaches them. */
export const HELD_VISIT_STATUSES = ['VISITED', 'POST_BRIEFED', 'FEEDBACK_GIVEN'] as const;

/** The time zone of the Japanese fiscal year (April to March) and of its months. */
export const REPORT_TIME_ZONE = 'Asia/Tokyo';
