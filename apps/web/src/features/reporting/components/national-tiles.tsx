import { Button, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiReportQuery, NationalKpi } from '../../../gql/graphql';
import { formatFigure, localized } from '../fiscal';

type Figure = KpiReportQuery['kpiReport']['sections'][number]['rows'][number];

const TILES: NationalKpi[] = [
  'PARTICIPATING_ORGANIZATIONS',
  'COMPANIES_WITH_JOB_OPENING',
  'MATCHED_COMPANIES',
  'TRAINEES_WITH_OJT',
  'VISITS_PER_TRAINEE',
];

/** The five national KPIs as tiles: figure, definition, and a button opening the rows it counts. */
export function NationalTiles({
  figures,
  onOpen,
}: {
  figures: Figure[];
  onOpen: (kpi: NationalKpi, label: string, figure: Figure) => void;
}) {
  const { t, i18n } = useTranslation('reporting');
  const language = i18n.language;
  const byKey = new Map(figures.map((figure) => [figure.key, figure]));
  const held = byKey.get('HELD_VISITS');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
      {TILES.map((kpi) => {
        const figure = byKey.get(kpi);
        if (!figure) return null;
        const label = localized(language, figure.labelJa, figure.labelEn);
        // ⑤ lists its numerator, the held visits.
        const drill = kpi === 'VISITS_PER_TRAINEE' && held ? held : figure;
        return (
          <Card withBorder key={kpi} component="article" aria-labelledby={`tile-${kpi}`} data-kpi={kpi}>
            <Stack gap={6} h="100%">
              <Text fw={600} size="sm" id={`tile-${kpi}`}>
                {label}
              </Text>
              <Text fz={32} fw={700} lh={1.1} data-testid={`kpi-${kpi}`}>
                {formatFigure(figure.value, figure.unit, language)}
              </Text>
              {kpi === 'VISITS_PER_TRAINEE' && held && (
                <Text size="xs" c="dimmed">
                  {localized(language, held.labelJa, held.labelEn)}: {formatFigure(held.value, held.unit, language)}
                </Text>
              )}
              <Text size="xs" c="dimmed" style={{ flexGrow: 1 }}>
                <Text span fw={600} size="xs">
                  {t('national.definition')}:{' '}
                </Text>
                {localized(language, figure.definitionJa, figure.definitionEn)}
              </Text>
              <Button
                size="xs"
                variant="light"
                aria-label={`${label}: ${t('national.open')}`}
                onClick={() =>
                  onOpen(
                    drill === figure ? kpi : 'HELD_VISITS',
                    localized(language, drill.labelJa, drill.labelEn),
                    drill,
                  )
                }
              >
                {t('national.open')}
              </Button>
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
