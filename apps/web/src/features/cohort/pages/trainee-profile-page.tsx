import { Alert, Badge, Card, Group, Loader, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { CompetencyProfileDocument } from '../documents';
import { formatDate } from '../../../lib/format';
import { ScrollTable } from '../../../components/scroll-table';

/** A mentee's (or a program trainee's) competency profile, for mentors and owners. */
export function TraineeProfilePage() {
  const { programId = '', traineeId = '' } = useParams();
  const { t, i18n } = useTranslation('cohort');
  const [{ data, fetching, error }] = useQuery({
    query: CompetencyProfileDocument,
    variables: { programId, traineeId },
  });
  if (fetching && !data) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (error || !data) {
    return (
      <Alert color="red" title={t('common:error.title')}>
        {error?.message}
      </Alert>
    );
  }
  const profile = data.competencyProfile;
  const scale = new Map(profile.framework.scale.map((level) => [level.level, level.label]));
  const levelText = (level: number | null | undefined) =>
    level === null || level === undefined ? t('profile.notRated') : `${level} ${scale.get(level) ?? ''}`;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('profile.title', { name: profile.trainee?.displayName ?? '' })}</Title>
        <Text size="sm">
          {t('profile.progress', { count: profile.proficientCount, total: profile.behaviourCount })}
        </Text>
        <Progress value={profile.progress * 100} aria-label={t('profile.progressLabel')} />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {profile.steps.map((standing) => (
          <Card withBorder key={standing.step.id}>
            <Stack gap={4}>
              <Text fw={600} size="sm">
                {standing.step.code} {standing.step.title}
              </Text>
              <Text size="sm">
                {t('profile.stepProficient', { count: standing.proficientCount, total: standing.behaviourCount })}
              </Text>
              {standing.weakestBehaviour && (
                <Text size="xs" c="dimmed">
                  {t('profile.weakest', { name: standing.weakestBehaviour.name })}
                </Text>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <ScrollTable minWidth={640}>
        <Table striped>
          <Table.Caption>{t('profile.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('profile.behaviour')}</Table.Th>
              <Table.Th scope="col">{t('profile.mentorLevel')}</Table.Th>
              <Table.Th scope="col">{t('profile.selfLevel')}</Table.Th>
              <Table.Th scope="col">{t('profile.gap')}</Table.Th>
              <Table.Th scope="col">{t('profile.evidence')}</Table.Th>
              <Table.Th scope="col">{t('profile.lastAssessed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {profile.behaviours.map((standing) => (
              <Table.Tr key={standing.behaviour.id}>
                <Table.Th scope="row">
                  <Text size="sm">
                    {standing.behaviour.code} {standing.behaviour.name}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <Group gap={4}>
                    {levelText(standing.currentLevel)}
                    {standing.proficient && (
                      <Badge c="dark.7" variant="light" size="xs" color="green">
                        {t('profile.proficient')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{levelText(standing.selfLevel)}</Table.Td>
                <Table.Td>{standing.gap === null || standing.gap === undefined ? '–' : standing.gap}</Table.Td>
                <Table.Td>{standing.evidenceCount}</Table.Td>
                <Table.Td>
                  {standing.lastAssessedAt ? formatDate(standing.lastAssessedAt, i18n.language) : '–'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
