/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query KpiReport($filter: KpiFilterInput!) {\n    kpiReport(filter: $filter) {\n      fiscalYear\n      periodStart\n      periodEnd\n      source\n      dataAsOf\n      generatedAt\n      sections {\n        key\n        titleJa\n        titleEn\n        rows {\n          key\n          labelJa\n          labelEn\n          definitionJa\n          definitionEn\n          value\n          unit\n        }\n      }\n      breakdowns {\n        dimension\n        rows {\n          key\n          labelJa\n          labelEn\n          participatingOrganizations\n          companiesWithJobOpening\n          matchedCompanies\n          traineesWithOjt\n          heldVisits\n          visitsPerTrainee\n        }\n      }\n    }\n  }\n": typeof types.KpiReportDocument,
    "\n  query KpiDrillDown($filter: KpiFilterInput!, $kpi: NationalKpi!, $first: Int, $after: String) {\n    kpiDrillDown(filter: $filter, kpi: $kpi, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          name\n          organizationName\n          organizationKind\n          prefecture\n          personName\n          occurredAt\n          count\n        }\n      }\n    }\n  }\n": typeof types.KpiDrillDownDocument,
    "\n  mutation RequestReportExport($input: RequestReportExportInput!) {\n    requestReportExport(input: $input) {\n      id\n      status\n      progress\n      format\n      fileName\n      downloadPath\n      size\n      requestedAt\n      finishedAt\n      expiresAt\n      error\n    }\n  }\n": typeof types.RequestReportExportDocument,
    "\n  query ReportExport($id: ID!) {\n    reportExport(id: $id) {\n      id\n      status\n      progress\n      format\n      fileName\n      downloadPath\n      size\n      requestedAt\n      finishedAt\n      expiresAt\n      error\n    }\n  }\n": typeof types.ReportExportDocument,
    "\n  query MyReportExports {\n    myReportExports(first: 20) {\n      edges {\n        node {\n          id\n          status\n          progress\n          format\n          fileName\n          downloadPath\n          size\n          requestedAt\n          finishedAt\n          expiresAt\n          error\n          filter {\n            fiscalYear\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyReportExportsDocument,
    "\n  query MyReportExportSubscriptions {\n    myReportExportSubscriptions {\n      id\n      format\n      createdAt\n      lastPeriod\n      filter {\n        fiscalYear\n        programIds\n        prefecture\n        organizationKinds\n        from\n        to\n      }\n    }\n  }\n": typeof types.MyReportExportSubscriptionsDocument,
    "\n  mutation SubscribeReportExport($input: SubscribeReportExportInput!) {\n    subscribeReportExport(input: $input) {\n      id\n      format\n      createdAt\n      lastPeriod\n    }\n  }\n": typeof types.SubscribeReportExportDocument,
    "\n  mutation UnsubscribeReportExport($input: UnsubscribeReportExportInput!) {\n    unsubscribeReportExport(input: $input) {\n      subscriptionId\n    }\n  }\n": typeof types.UnsubscribeReportExportDocument,
};
const documents: Documents = {
    "\n  query KpiReport($filter: KpiFilterInput!) {\n    kpiReport(filter: $filter) {\n      fiscalYear\n      periodStart\n      periodEnd\n      source\n      dataAsOf\n      generatedAt\n      sections {\n        key\n        titleJa\n        titleEn\n        rows {\n          key\n          labelJa\n          labelEn\n          definitionJa\n          definitionEn\n          value\n          unit\n        }\n      }\n      breakdowns {\n        dimension\n        rows {\n          key\n          labelJa\n          labelEn\n          participatingOrganizations\n          companiesWithJobOpening\n          matchedCompanies\n          traineesWithOjt\n          heldVisits\n          visitsPerTrainee\n        }\n      }\n    }\n  }\n": types.KpiReportDocument,
    "\n  query KpiDrillDown($filter: KpiFilterInput!, $kpi: NationalKpi!, $first: Int, $after: String) {\n    kpiDrillDown(filter: $filter, kpi: $kpi, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          name\n          organizationName\n          organizationKind\n          prefecture\n          personName\n          occurredAt\n          count\n        }\n      }\n    }\n  }\n": types.KpiDrillDownDocument,
    "\n  mutation RequestReportExport($input: RequestReportExportInput!) {\n    requestReportExport(input: $input) {\n      id\n      status\n      progress\n      format\n      fileName\n      downloadPath\n      size\n      requestedAt\n      finishedAt\n      expiresAt\n      error\n    }\n  }\n": types.RequestReportExportDocument,
    "\n  query ReportExport($id: ID!) {\n    reportExport(id: $id) {\n      id\n      status\n      progress\n      format\n      fileName\n      downloadPath\n      size\n      requestedAt\n      finishedAt\n      expiresAt\n      error\n    }\n  }\n": types.ReportExportDocument,
    "\n  query MyReportExports {\n    myReportExports(first: 20) {\n      edges {\n        node {\n          id\n          status\n          progress\n          format\n          fileName\n          downloadPath\n          size\n          requestedAt\n          finishedAt\n          expiresAt\n          error\n          filter {\n            fiscalYear\n          }\n        }\n      }\n    }\n  }\n": types.MyReportExportsDocument,
    "\n  query MyReportExportSubscriptions {\n    myReportExportSubscriptions {\n      id\n      format\n      createdAt\n      lastPeriod\n      filter {\n        fiscalYear\n        programIds\n        prefecture\n        organizationKinds\n        from\n        to\n      }\n    }\n  }\n": types.MyReportExportSubscriptionsDocument,
    "\n  mutation SubscribeReportExport($input: SubscribeReportExportInput!) {\n    subscribeReportExport(input: $input) {\n      id\n      format\n      createdAt\n      lastPeriod\n    }\n  }\n": types.SubscribeReportExportDocument,
    "\n  mutation UnsubscribeReportExport($input: UnsubscribeReportExportInput!) {\n    unsubscribeReportExport(input: $input) {\n      subscriptionId\n    }\n  }\n": types.UnsubscribeReportExportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiReport($filter: KpiFilterInput!) {\n    kpiReport(filter: $filter) {\n      fiscalYear\n      periodStart\n      periodEnd\n      source\n      dataAsOf\n      generatedAt\n      sections {\n        key\n        titleJa\n        titleEn\n        rows {\n          key\n          labelJa\n          labelEn\n          definitionJa\n          definitionEn\n          value\n          unit\n        }\n      }\n      breakdowns {\n        dimension\n        rows {\n          key\n          labelJa\n          labelEn\n          participatingOrganizations\n          companiesWithJobOpening\n          matchedCompanies\n          traineesWithOjt\n          heldVisits\n          visitsPerTrainee\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KpiReport($filter: KpiFilterInput!) {\n    kpiReport(filter: $filter) {\n      fiscalYear\n      periodStart\n      periodEnd\n      source\n      dataAsOf\n      generatedAt\n      sections {\n        key\n        titleJa\n        titleEn\n        rows {\n          key\n          labelJa\n          labelEn\n          definitionJa\n          definitionEn\n          value\n          unit\n        }\n      }\n      breakdowns {\n        dimension\n        rows {\n          key\n          labelJa\n          labelEn\n          participatingOrganizations\n          companiesWithJobOpening\n          matchedCompanies\n          traineesWithOjt\n          heldVisits\n          visitsPerTrainee\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiDrillDown($filter: KpiFilterInput!, $kpi: NationalKpi!, $first: Int, $after: String) {\n    kpiDrillDown(filter: $filter, kpi: $kpi, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          name\n          organizationName\n          organizationKind\n          prefecture\n          personName\n          occurredAt\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KpiDrillDown($filter: KpiFilterInput!, $kpi: NationalKpi!, $first: Int, $after: String) {\n    kpiDrillDown(filter: $filter, kpi: $kpi, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          name\n          organizationName\n          organizationKind\n          prefecture\n          personName\n          occurredAt\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReportExport($input: RequestReportExportInput!) {\n    requestReportExport(input: $input) {\n      id\n      status\n      progress\n      format\n      fileName\n      downloadPath\n      size\n      requestedAt\n      finishedAt\n      expiresAt\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation RequestReportExport($input: RequestReportExportInput!) {\n    requestReportExport(input: $input) {\n      id\n      status\n      progress\n      format\n      fileName\n      downloadPath\n      size\n      requestedAt\n      finishedAt\n      expiresAt\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportExport($id: ID!) {\n    reportExport(id: $id) {\n      id\n      status\n      progress\n      format\n      fileName\n      downloadPath\n      size\n      requestedAt\n      finishedAt\n      expiresAt\n      error\n    }\n  }\n"): (typeof documents)["\n  query ReportExport($id: ID!) {\n    reportExport(id: $id) {\n      id\n      status\n      progress\n      format\n      fileName\n      downloadPath\n      size\n      requestedAt\n      finishedAt\n      expiresAt\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReportExports {\n    myReportExports(first: 20) {\n      edges {\n        node {\n          id\n          status\n          progress\n          format\n          fileName\n          downloadPath\n          size\n          requestedAt\n          finishedAt\n          expiresAt\n          error\n          filter {\n            fiscalYear\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReportExports {\n    myReportExports(first: 20) {\n      edges {\n        node {\n          id\n          status\n          progress\n          format\n          fileName\n          downloadPath\n          size\n          requestedAt\n          finishedAt\n          expiresAt\n          error\n          filter {\n            fiscalYear\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReportExportSubscriptions {\n    myReportExportSubscriptions {\n      id\n      format\n      createdAt\n      lastPeriod\n      filter {\n        fiscalYear\n        programIds\n        prefecture\n        organizationKinds\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReportExportSubscriptions {\n    myReportExportSubscriptions {\n      id\n      format\n      createdAt\n      lastPeriod\n      filter {\n        fiscalYear\n        programIds\n        prefecture\n        organizationKinds\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeReportExport($input: SubscribeReportExportInput!) {\n    subscribeReportExport(input: $input) {\n      id\n      format\n      createdAt\n      lastPeriod\n    }\n  }\n"): (typeof documents)["\n  mutation SubscribeReportExport($input: SubscribeReportExportInput!) {\n    subscribeReportExport(input: $input) {\n      id\n      format\n      createdAt\n      lastPeriod\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeReportExport($input: UnsubscribeReportExportInput!) {\n    unsubscribeReportExport(input: $input) {\n      subscriptionId\n    }\n  }\n"): (typeof documents)["\n  mutation UnsubscribeReportExport($input: UnsubscribeReportExportInput!) {\n    unsubscribeReportExport(input: $input) {\n      subscriptionId\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;