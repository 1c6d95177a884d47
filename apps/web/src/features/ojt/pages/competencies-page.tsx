import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Accordion, Anchor, Badge, Card, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { ScrollTable } from '../../../components/scroll-table';
import { formatDate } from '../../../lib/format';
import { useRoles } from '../../../lib/roles';
import { useSession } from '../../../lib/session-hooks';
import type { MyCompetenciesQuery as MyCompetencies } from '../../../gql/graphql';
import { MyCompetenciesQuery } from '../documents';
import { SelfAssessmentForm } from '../components/self-assessment-form';

const LevelsChart = lazy(() => import('../components/levels-chart'));

type Profile = MyCompetencies['competencyProfile'];
type Standing = Profile['behaviours'][number];
type Rating = MyCompetencies['assessmentHistory']['edges'][number]['node'];

/** The trainee's own competencies: mentor and self level per behaviour by STEP, the history, self-assessment. */
export function CompetenciesPage(): ReactNode {
  const { t } = useTranslation('ojt');
  const session = useSession();
  const { programs } = useRoles();
  const mine = programs.filter((program) => program.roles.includes('TRAINEE'));
  const [picked, setPicked] = useState<string | null>(null);
  const programId = picked ?? mine[0]?.id ?? '';
  const [result, reexecute] = useQuery({
    query: MyCompetenciesQuery,
    variables: { programId, traineeId: session?.user.id ?? '' },
    pause: !programId || !session,
  });
  const profile = result.data?.competencyProfile;
  const history = result.data?.assessmentHistory.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="lg">
      <Stack gap={2}>
        <Title order={1}>{t('competencies.title')}</Title>
        {profile && (
          <Text c="dimmed" size="sm">
            {t('competencies.progress', { count: profile.proficientCount, total: profile.behaviourCount })}
          </Text>
        )}
      </Stack>
      {mine.length > 1 && (
        <Select
          label={t('competencies.program')}
          data={mine.map((program) => ({ value: program.id, label: program.name }))}
          value={programId}
          onChange={(value) => value && setPicked(value)}
          allowDeselect={false}
        />
      )}
      {!programId ? (
        <Text>{t('competencies.noProgram')}</Text>
      ) : (
        <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          {profile && (
            <>
              <Sections profile={profile} history={history} />
              <SelfAssessmentForm
                programId={programId}
                profile={profile}
                onSaved={() => reexecute({ requestPolicy: 'network-only' })}
              />
            </>
          )}
        </QueryState>
      )}
    </Stack>
  );
}

function Sections({ profile, history }: { profile: Profile; history: Rating[] }): ReactNode {
  const { t } = useTranslation('ojt');
  const sections = [
    ...profile.steps.map((standing) => ({
      id: standing.step.id,
      title: `${standing.step.code} ${standing.step.title}`,
      behaviours: profile.behaviours.filter((b) => b.behaviour.stepId === standing.step.id),
    })),
    {
      id: 'cross-cutting',
      title: t('competencies.crossCutting'),
      behaviours: profile.behaviours.filter((b) => !b.behaviour.stepId),
    },
  ].filter((section) => section.behaviours.length > 0);
  return (
    <>
      {sections.map((section) => (
        <Card withBorder component="section" key={section.id} aria-labelledby={`step-${section.id}`}>
          <Stack gap="sm">
            <Title order={2} size="h4" id={`step-${section.id}`}>
              {section.title}
            </Title>
            <Suspense fallback={<Loader size="sm" aria-label={t('competencies.loadingChart')} />}>
              <LevelsChart
                behaviours={section.behaviours.map((b) => b.behaviour.code)}
                mentorLevels={section.behaviours.map((b) => b.currentLevel ?? null)}
                selfLevels={section.behaviours.map((b) => b.selfLevel ?? null)}
                mentorLabel={t('competencies.mentorLevel')}
                selfLabel={t('competencies.selfLevel')}
                label={t('competencies.chartLabel', { step: section.title })}
              />
            </Suspense>
            <StandingTable profile={profile} caption={section.title} behaviours={section.behaviours} />
            <HistoryList behaviours={section.behaviours} history={history} />
          </Stack>
        </Card>
      ))}
    </>
  );
}

function StandingTable({
  profile,
  caption,
  behaviours,
}: {
  profile: Profile;
  caption: string;
  behaviours: Standing[];
}): ReactNode {
  const { t } = useTranslation('ojt');
  const scale = new Map(profile.framework.scale.map((level) => [level.level, level.label]));
  const levelText = (level: number | null | undefined) =>
    level === null || level === undefined ? t('competencies.notRated') : `${level} ${scale.get(level) ?? ''}`;
  return (
    <ScrollTable minWidth={520}>
      <Table striped>
        <Table.Caption>{t('competencies.caption', { step: caption })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('competencies.behaviour')}</Table.Th>
            <Table.Th scope="col">{t('competencies.mentorLevel')}</Table.Th>
            <Table.Th scope="col">{t('competencies.selfLevel')}</Table.Th>
            <Table.Th scope="col">{t('competencies.gap')}</Table.Th>
            <Table.Th scope="col">{t('competencies.evidence')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {behaviours.map((standing) => (
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
                      {t('competencies.proficient')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{levelText(standing.selfLevel)}</Table.Td>
              <Table.Td>{standing.gap === null || standing.gap === undefined ? '–' : standing.gap}</Table.Td>
              <Table.Td>{standing.evidenceCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function HistoryList({ behaviours, history }: { behaviours: Standing[]; history: Rating[] }): ReactNode {
  const { t, i18n } = useTranslation('ojt');
  const rated = behaviours.filter((b) => history.some((rating) => rating.behaviourId === b.behaviour.id));
  if (!rated.length) return null;
  return (
    <Accordion variant="contained">
      {rated.map((standing) => (
        <Accordion.Item key={standing.behaviour.id} value={standing.behaviour.id}>
          <Accordion.Control>
            {t('competencies.historyOf', { name: `${standing.behaviour.code} ${standing.behaviour.name}` })}
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs">
              {history
                .filter((rating) => rating.behaviourId === standing.behaviour.id)
                .map((rating) => (
                  <Stack key={rating.id} gap={2}>
                    <Group gap="xs">
                      <Text size="sm" fw={600}>
                        {t('competencies.ratingLevel', { level: rating.level })}
                      </Text>
                      <Badge c="dark.7" variant="light" color="gray" size="sm">
                        {t(`competencies.source.${rating.source}`)}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {formatDate(rating.recordedAt, i18n.language)}
                        {rating.assessor ? ` · ${rating.assessor.displayName}` : ''}
                      </Text>
                    </Group>
                    {rating.comment && <Text size="sm">{rating.comment}</Text>}
                    {rating.evidenceId && rating.evidenceType === 'VISIT' && (
                      <Anchor component={Link} to={`/trainee/visits/${rating.evidenceId}`} size="sm">
                        {t('competencies.visitEvidence')}
                      </Anchor>
                    )}
                    {rating.evidenceId && rating.evidenceType && rating.evidenceType !== 'VISIT' && (
                      <Text size="sm" c="dimmed">
                        {t(`competencies.evidenceType.${rating.evidenceType}`)}
                      </Text>
                    )}
                  </Stack>
                ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
