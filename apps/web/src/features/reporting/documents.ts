import { graphql } from '../../gql';

export const KpiReportDocument = graphql(`
  query KpiReport($filter: KpiFilterInput!) {
    kpiReport(filter: $filter) {
      fiscalYear
      periodStart
      periodEnd
      source
      dataAsOf
      generatedAt
      sections {
        key
        titleJa
        titleEn
        rows {
          key
          labelJa
          labelEn
          definitionJa
          definitionEn
          value
          unit
        }
      }
      breakdowns {
        dimension
        rows {
          key
          labelJa
          labelEn
          participatingOrganizations
          companiesWithJobOpening
          matchedCompanies
          traineesWithOjt
          heldVisits
          visitsPerTrainee
        }
      }
    }
  }
`);

export const KpiDrillDownDocument = graphql(`
  query KpiDrillDown($filter: KpiFilterInput!, $kpi: NationalKpi!, $first: Int, $after: String) {
    kpiDrillDown(filter: $filter, kpi: $kpi, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          name
          organizationName
          organizationKind
          prefecture
          personName
          occurredAt
          count
        }
      }
    }
  }
`);

export const RequestReportExportDocument = graphql(`
  mutation RequestReportExport($input: RequestReportExportInput!) {
    requestReportExport(input: $input) {
      id
      status
      progress
      format
      fileName
      downloadPath
      size
      requestedAt
      finishedAt
      expiresAt
      error
    }
  }
`);

export const ReportExportDocument = graphql(`
  query ReportExport($id: ID!) {
    reportExport(id: $id) {
      id
      status
      progress
      format
      fileName
      downloadPath
      size
      requestedAt
      finishedAt
      expiresAt
      error
    }
  }
`);

export const MyReportExportsDocument = graphql(`
  query MyReportExports {
    myReportExports(first: 20) {
      edges {
        node {
          id
          status
          progress
          format
          fileName
          downloadPath
          size
          requestedAt
          finishedAt
          expiresAt
          error
          filter {
            fiscalYear
          }
        }
      }
    }
  }
`);

export const MyReportExportSubscriptionsDocument = graphql(`
  query MyReportExportSubscriptions {
    myReportExportSubscriptions {
      id
      format
      createdAt
      lastPeriod
      filter {
        fiscalYear
        programIds
        prefecture
        organizationKinds
        from
        to
      }
    }
  }
`);

export const SubscribeReportExportDocument = graphql(`
  mutation SubscribeReportExport($input: SubscribeReportExportInput!) {
    subscribeReportExport(input: $input) {
      id
      format
      createdAt
      lastPeriod
    }
  }
`);

export const UnsubscribeReportExportDocument = graphql(`
  mutation UnsubscribeReportExport($input: UnsubscribeReportExportInput!) {
    unsubscribeReportExport(input: $input) {
      subscriptionId
    }
  }
`);
