/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** ORGANIZATION_KIND 機関種別, PREFECTURE 都道府県, FISCAL_MONTH 年度内の月（4月〜3月） */
export type KpiBreakdownDimension =
  | 'FISCAL_MONTH'
  | 'ORGANIZATION_KIND'
  | 'PREFECTURE';

/** What a drill-down row is: ORGANIZATION 機関, COMPANY 支援企業, TRAINEE 担い手, VISIT 同行訪問 */
export type KpiDrillDownKind =
  | 'COMPANY'
  | 'ORGANIZATION'
  | 'TRAINEE'
  | 'VISIT';

/** Which records a KPI report counts; every field narrows it */
export type KpiFilterInput = {
  /** Japanese fiscal year (年度): 2023 = 1 April 2023 to 31 March 2024, Japan time */
  fiscalYear: number;
  /** First day counted, YYYY-MM-DD inside the fiscal year */
  from?: string | null | undefined;
  /** Kinds of support organisation to count */
  organizationKinds?: Array<OrganizationKind> | null | undefined;
  /** Prefecture of the support organisation, e.g. 大阪府 */
  prefecture?: string | null | undefined;
  /** Programs to count; left out = every program you own (admins: every program) */
  programIds?: Array<string | number> | null | undefined;
  /** Last day counted (inclusive), YYYY-MM-DD inside the fiscal year */
  to?: string | null | undefined;
};

/** SNAPSHOT: pre-aggregated by the worker (集計済み, as of dataAsOf); LIVE: computed from the records for this request */
export type KpiReportSource =
  | 'LIVE'
  | 'SNAPSHOT';

/** COUNT 件・人, PERCENT % (0–100, one decimal), AVERAGE 平均 (one decimal), HOURS 時間, LEVEL 習熟度レベル差 */
export type KpiUnit =
  | 'AVERAGE'
  | 'COUNT'
  | 'HOURS'
  | 'LEVEL'
  | 'PERCENT';

/** PARTICIPATING_ORGANIZATIONS ① 参画した経営支援機関数, COMPANIES_WITH_JOB_OPENING ② 求人化まで至った支援企業数, MATCHED_COMPANIES ③ ②のうちマッチング・フォローに至った支援企業数, TRAINEES_WITH_OJT ④ OJT支援を実施した担い手の人数, VISITS_PER_TRAINEE ⑤ ④に対する一人当たりの平均実施回数, HELD_VISITS ⑤の分子（実施した同行訪問の回数） */
export type NationalKpi =
  | 'COMPANIES_WITH_JOB_OPENING'
  | 'HELD_VISITS'
  | 'MATCHED_COMPANIES'
  | 'PARTICIPATING_ORGANIZATIONS'
  | 'TRAINEES_WITH_OJT'
  | 'VISITS_PER_TRAINEE';

/** プロ人材拠点, よろず支援拠点, 外郭団体, 商工会, 商工会議所, 地域銀行, 信用金庫, 税理士, 診断士, NPO, 自治体, 人材会社, 大学, その他 */
export type OrganizationKind =
  | 'CHAMBER_OF_COMMERCE'
  | 'MUNICIPALITY'
  | 'NPO'
  | 'OTHER'
  | 'PRO_TALENT_HUB'
  | 'PUBLIC_AGENCY'
  | 'REGIONAL_BANK'
  | 'SHINKIN_BANK'
  | 'SHOKOKAI'
  | 'SME_CONSULTANT'
  | 'TALENT_FIRM'
  | 'TAX_ACCOUNTANT'
  | 'UNIVERSITY'
  | 'YOROZU_SUPPORT_CENTER';

/** CSV (UTF-8 with BOM, CRLF: Excel in Japan opens it as it is) or XLSX (one sheet per section) */
export type ReportExportFormat =
  | 'CSV'
  | 'XLSX';

/** QUEUED → RUNNING → DONE (downloadable until expiresAt) → EXPIRED (file removed); FAILED after the last retry */
export type ReportExportStatus =
  | 'DONE'
  | 'EXPIRED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** The KPI filter: every field narrows; left out means everything you may see */
export type ReportFilterInput = {
  /** Japanese fiscal year (April to March), e.g. 2025 */
  fiscalYear?: number | null | undefined;
  /** YYYY-MM-DD, inclusive */
  from?: string | null | undefined;
  organizationKinds?: Array<OrganizationKind> | null | undefined;
  /** Prefecture (都道府県) of the organisations, e.g. 大阪府 */
  prefecture?: string | null | undefined;
  /** Programs (owners: programs they own; admins: any) */
  programIds?: Array<string | number> | null | undefined;
  /** YYYY-MM-DD, inclusive, not before from */
  to?: string | null | undefined;
};

export type RequestReportExportInput = {
  filter: ReportFilterInput;
  format: ReportExportFormat;
};

export type SubscribeReportExportInput = {
  filter: ReportFilterInput;
  format: ReportExportFormat;
};

export type UnsubscribeReportExportInput = {
  subscriptionId: string | number;
};

export type KpiReportQueryVariables = Exact<{
  filter: KpiFilterInput;
}>;


export type KpiReportQuery = { kpiReport: { fiscalYear: number, periodStart: string, periodEnd: string, source: KpiReportSource, dataAsOf: string, generatedAt: string, sections: Array<{ key: string, titleJa: string, titleEn: string, rows: Array<{ key: string, labelJa: string, labelEn: string, definitionJa: string, definitionEn: string, value: number | null, unit: KpiUnit }> }>, breakdowns: Array<{ dimension: KpiBreakdownDimension, rows: Array<{ key: string, labelJa: string, labelEn: string, participatingOrganizations: number, companiesWithJobOpening: number, matchedCompanies: number, traineesWithOjt: number, heldVisits: number, visitsPerTrainee: number | null }> }> } };

export type KpiDrillDownQueryVariables = Exact<{
  filter: KpiFilterInput;
  kpi: NationalKpi;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type KpiDrillDownQuery = { kpiDrillDown: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: KpiDrillDownKind, name: string, organizationName: string | null, organizationKind: string | null, prefecture: string | null, personName: string | null, occurredAt: string | null, count: number } }> } };

export type RequestReportExportMutationVariables = Exact<{
  input: RequestReportExportInput;
}>;


export type RequestReportExportMutation = { requestReportExport: { id: string, status: ReportExportStatus, progress: number, format: ReportExportFormat, fileName: string | null, downloadPath: string | null, size: number | null, requestedAt: string, finishedAt: string | null, expiresAt: string | null, error: string | null } };

export type ReportExportQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportExportQuery = { reportExport: { id: string, status: ReportExportStatus, progress: number, format: ReportExportFormat, fileName: string | null, downloadPath: string | null, size: number | null, requestedAt: string, finishedAt: string | null, expiresAt: string | null, error: string | null } };

export type MyReportExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReportExportsQuery = { myReportExports: { edges: Array<{ node: { id: string, status: ReportExportStatus, progress: number, format: ReportExportFormat, fileName: string | null, downloadPath: string | null, size: number | null, requestedAt: string, finishedAt: string | null, expiresAt: string | null, error: string | null, filter: { fiscalYear: number | null } } }> } };

export type MyReportExportSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReportExportSubscriptionsQuery = { myReportExportSubscriptions: Array<{ id: string, format: ReportExportFormat, createdAt: string, lastPeriod: string, filter: { fiscalYear: number | null, programIds: Array<string> | null, prefecture: string | null, organizationKinds: Array<OrganizationKind> | null, from: string | null, to: string | null } }> };

export type SubscribeReportExportMutationVariables = Exact<{
  input: SubscribeReportExportInput;
}>;


export type SubscribeReportExportMutation = { subscribeReportExport: { id: string, format: ReportExportFormat, createdAt: string, lastPeriod: string } };

export type UnsubscribeReportExportMutationVariables = Exact<{
  input: UnsubscribeReportExportInput;
}>;


export type UnsubscribeReportExportMutation = { unsubscribeReportExport: { subscriptionId: string } };


export const KpiReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dataAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"titleJa"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"labelJa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"definitionJa"}},{"kind":"Field","name":{"kind":"Name","value":"definitionEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"labelJa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOrganizations"}},{"kind":"Field","name":{"kind":"Name","value":"companiesWithJobOpening"}},{"kind":"Field","name":{"kind":"Name","value":"matchedCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"traineesWithOjt"}},{"kind":"Field","name":{"kind":"Name","value":"heldVisits"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerTrainee"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KpiReportQuery, KpiReportQueryVariables>;
export const KpiDrillDownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiDrillDown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiFilterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NationalKpi"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiDrillDown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"kpi"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kpi"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KpiDrillDownQuery, KpiDrillDownQueryVariables>;
export const RequestReportExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestReportExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReportExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReportExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<RequestReportExportMutation, RequestReportExportMutationVariables>;
export const ReportExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ReportExportQuery, ReportExportQueryVariables>;
export const MyReportExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReportExports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReportExports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadPath"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyReportExportsQuery, MyReportExportsQueryVariables>;
export const MyReportExportSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReportExportSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReportExportSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"filter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"programIds"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKinds"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]} as unknown as DocumentNode<MyReportExportSubscriptionsQuery, MyReportExportSubscriptionsQueryVariables>;
export const SubscribeReportExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribeReportExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscribeReportExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeReportExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPeriod"}}]}}]}}]} as unknown as DocumentNode<SubscribeReportExportMutation, SubscribeReportExportMutationVariables>;
export const UnsubscribeReportExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsubscribeReportExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnsubscribeReportExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribeReportExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionId"}}]}}]}}]} as unknown as DocumentNode<UnsubscribeReportExportMutation, UnsubscribeReportExportMutationVariables>;