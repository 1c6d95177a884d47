import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { OrganizationKind, OrganizationSector } from '../../../gql/graphql';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';

export const ORGANIZATION_KINDS: OrganizationKind[] = [
  'PRO_TALENT_HUB',
  'YOROZU_SUPPORT_CENTER',
  'PUBLIC_AGENCY',
  'SHOKOKAI',
  'CHAMBER_OF_COMMERCE',
  'REGIONAL_BANK',
  'SHINKIN_BANK',
  'TAX_ACCOUNTANT',
  'SME_CONSULTANT',
  'NPO',
  'MUNICIPALITY',
  'TALENT_FIRM',
  'UNIVERSITY',
  'OTHER',
];
/** Limits of CreateOrganizationInput / UpdateOrganizationInput. */
export const ORGANIZATION_LIMITS = { nameMax: 200, prefectureMax: 20 } as const;

export interface OrganizationValues {
  name: string;
  kind: OrganizationKind | null;
  sector: OrganizationSector | null;
  prefecture: string;
}

/** Create or edit an organisation; keeps what was typed when the api refuses it. */
export function OrganizationForm({
  initial,
  submitLabel,
  fetching,
  error,
  onSubmit,
}: {
  initial: OrganizationValues;
  submitLabel: string;
  fetching: boolean;
  error: CombinedError | undefined;
  onSubmit: (values: OrganizationValues & { kind: OrganizationKind; sector: OrganizationSector }) => Promise<boolean>;
}): ReactNode {
  const { t } = useTranslation('admin');
  const [values, setValues] = useState<OrganizationValues>(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const server = fieldErrors(error);
  const general = error && !Object.keys(server).length ? errorMessage(error, t('common:error.network')) : null;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!values.name.trim()) found.name = t('common:validation.required');
    else if (values.name.length > ORGANIZATION_LIMITS.nameMax)
      found.name = t('common:validation.maxLength', { max: ORGANIZATION_LIMITS.nameMax });
    if (!values.kind) found.kind = t('common:validation.required');
    if (!values.sector) found.sector = t('common:validation.required');
    if (values.prefecture.length > ORGANIZATION_LIMITS.prefectureMax)
      found.prefecture = t('common:validation.maxLength', { max: ORGANIZATION_LIMITS.prefectureMax });
    setProblems(found);
    if (Object.keys(found).length || !values.kind || !values.sector) return;
    const done = await onSubmit({ ...values, kind: values.kind, sector: values.sector });
    if (done && !initial.name) setValues(initial);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('organization.name')}
          required
          maxLength={ORGANIZATION_LIMITS.nameMax}
          value={values.name}
          onChange={(event) => setValues({ ...values, name: event.currentTarget.value })}
          error={problems.name ?? server.name}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('organization.kind')}
            required
            searchable
            data={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`organizationKind.${kind}`) }))}
            value={values.kind}
            onChange={(kind) => setValues({ ...values, kind: kind as OrganizationKind | null })}
            error={problems.kind ?? server.kind}
          />
          <Select
            label={t('organization.sector')}
            required
            data={(['PUBLIC', 'PRIVATE'] as const).map((sector) => ({
              value: sector,
              label: t(`sector.${sector}`),
            }))}
            value={values.sector}
            onChange={(sector) => setValues({ ...values, sector: sector as OrganizationSector | null })}
            error={problems.sector ?? server.sector}
          />
          <TextInput
            label={t('organization.prefecture')}
            placeholder={t('organization.prefecturePlaceholder')}
            maxLength={ORGANIZATION_LIMITS.prefectureMax}
            value={values.prefecture}
            onChange={(event) => setValues({ ...values, prefecture: event.currentTarget.value })}
            error={problems.prefecture ?? server.prefecture}
          />
        </SimpleGrid>
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={fetching}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
