import { Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiReportQuery } from '../../../gql/graphql';
import { formatFigure, localized } from '../fiscal';
import { ScrollTable } from '../../../components/scroll-table';

type Section = KpiReportQuery['kpiReport']['sections'][number];

/** The other sections (off-JT, OJT quality, competencies, case funnel …) as compact tables, one collapsible card each (closed: the page stays short on a phone). */
export function SectionTables({ sections }: { sections: Section[] }) {
  const { t, i18n } = useTranslation('reporting');
  const language = i18n.language;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      {sections.map((section) => {
        const title = localized(language, section.titleJa, section.titleEn);
        return (
          <Card withBorder key={section.key} component="section" aria-labelledby={`section-${section.key}`}>
            <details>
              <summary style={{ cursor: 'pointer' }}>
                <Title order={3} size="h5" id={`section-${section.key}`} display="inline">
                  {title}
                </Title>
              </summary>
              <ScrollTable minWidth={0} label={title}>
                <Table fz="sm" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('sections.item')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('sections.value')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {section.rows.map((row) => (
                      <Table.Tr key={row.key}>
                        <Table.Td>
                          <Text size="sm">{localized(language, row.labelJa, row.labelEn)}</Text>
                          <Text size="xs" c="dimmed">
                            {localized(language, row.definitionJa, row.definitionEn)}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                          {row.value === null
                            ? t('sections.noValue')
                            : t(`unit.${row.unit}`, { value: formatFigure(row.value, row.unit, language) })}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            </details>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
