import type { KpiFilterInput, OrganizationKind } from '../../gql/graphql';

/** The dashboard's filters as the form holds them ('' / [] = not narrowed). */
export interface DashboardFilter {
  fiscalYear: number;
  programIds: string[];
  prefecture: string;
  organizationKinds: OrganizationKind[];
  from: string;
  to: string;
}

export const ORGANIZATION_KINDS: OrganizationKind[] = [
  'CHAMBER_OF_COMMERCE',
  'SHOKOKAI',
  'REGIONAL_BANK',
  'SHINKIN_BANK',
  'TAX_ACCOUNTANT',
  'SME_CONSULTANT',
  'MUNICIPALITY',
  'PUBLIC_AGENCY',
  'YOROZU_SUPPORT_CENTER',
  'PRO_TALENT_HUB',
  'TALENT_FIRM',
  'UNIVERSITY',
  'NPO',
  'OTHER',
];

/** The API's filter (the same shape for kpiReport, kpiDrillDown and the exports): empty fields left out. */
export function toApiFilter(filter: DashboardFilter): KpiFilterInput {
  return {
    fiscalYear: filter.fiscalYear,
    ...(filter.programIds.length ? { programIds: filter.programIds } : {}),
    ...(filter.prefecture ? { prefecture: filter.prefecture } : {}),
    ...(filter.organizationKinds.length ? { organizationKinds: filter.organizationKinds } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  };
}
