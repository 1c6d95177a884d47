import { useEffect, useState } from 'react';
import { Button, Card, Group, MultiSelect, Select, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../../gql/graphql';
import { ORGANIZATION_KINDS, type DashboardFilter } from '../filter';
import { reiwaOf } from '../fiscal';

interface Props {
  value: DashboardFilter;
  onApply: (next: DashboardFilter) => void;
  fiscalYears: number[];
  programs: { id: string; name: string }[];
  prefectures: string[];
}

/** The filters of the dashboard; the report follows when "Show" is pressed (one request per change of mind). */
export function KpiFilters({ value, onApply, fiscalYears, programs, prefectures }: Props) {
  const { t } = useTranslation('reporting');
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const set = <K extends keyof DashboardFilter>(key: K, next: DashboardFilter[K]) =>
    setDraft((current) => ({ ...current, [key]: next }));
  const fiscalYear = String(draft.fiscalYear);

  return (
    <Card withBorder component="section" aria-labelledby="kpi-filters-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onApply(draft);
        }}
      >
        <Title order={2} size="h4" id="kpi-filters-heading" mb="sm">
          {t('filters.heading')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <Select
            label={t('filters.fiscalYear')}
            data={fiscalYears.map((year) => ({
              value: String(year),
              label: t('fiscalYear', { year, reiwa: reiwaOf(year) }),
            }))}
            value={fiscalYear}
            onChange={(next) =>
              next && setDraft((current) => ({ ...current, fiscalYear: Number(next), from: '', to: '' }))
            }
            allowDeselect={false}
          />
          <MultiSelect
            label={t('filters.programs')}
            placeholder={draft.programIds.length ? undefined : t('filters.programsPlaceholder')}
            data={programs.map((program) => ({ value: program.id, label: program.name }))}
            value={draft.programIds}
            onChange={(next) => set('programIds', next)}
            clearable
          />
          <Select
            label={t('filters.prefecture')}
            placeholder={t('filters.prefecturePlaceholder')}
            data={prefectures}
            value={draft.prefecture || null}
            onChange={(next) => set('prefecture', next ?? '')}
            clearable
            searchable
          />
          <MultiSelect
            label={t('filters.kinds')}
            placeholder={draft.organizationKinds.length ? undefined : t('filters.kindsPlaceholder')}
            data={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`admin:organizationKind.${kind}`) }))}
            value={draft.organizationKinds}
            onChange={(next) => set('organizationKinds', next as OrganizationKind[])}
            clearable
          />
          <TextInput
            type="date"
            label={t('filters.from')}
            description={t('filters.dateHint')}
            value={draft.from}
            min={`${draft.fiscalYear}-04-01`}
            max={`${draft.fiscalYear + 1}-03-31`}
            onChange={(event) => set('from', event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('filters.to')}
            description={t('filters.dateHint')}
            value={draft.to}
            min={`${draft.fiscalYear}-04-01`}
            max={`${draft.fiscalYear + 1}-03-31`}
            onChange={(event) => set('to', event.currentTarget.value)}
          />
        </SimpleGrid>
        <Group mt="md" gap="sm">
          <Button type="submit">{t('filters.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              const cleared = { ...value, programIds: [], prefecture: '', organizationKinds: [], from: '', to: '' };
              setDraft(cleared);
              onApply(cleared);
            }}
          >
            {t('filters.reset')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
