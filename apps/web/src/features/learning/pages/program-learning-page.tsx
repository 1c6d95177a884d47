import type { ReactNode } from 'react';
import { Anchor, Badge, Button, Card, Group, Progress, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { ScrollTable } from '../../../components/scroll-table';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useRoles } from '../../../lib/roles';
import type { ProgramLearningQuery } from '../../../gql/graphql';
import { ProgramLearningDocument } from '../documents';
import { percent, sortBySchedule } from '../calendar';
import { ActivityBadges, seatsText } from '../components/labels';

type Data = ProgramLearningQuery;

/**
 * The off-JT side of a program for its owner: every activity with seats, and `programAttendance` as tables with
 * completion bars (per activity, and required activities done per trainee). `/owner/learning` picks a program.
 */
export function ProgramLearningPage(): ReactNode {
  const params = useParams();
  const { t } = useTranslation('learning');
  const navigate = useNavigate();
  const { programs } = useRoles();
  const owned = programs.filter((program) => program.roles.includes('OWNER'));
  const programId = params.programId ?? owned[0]?.id ?? '';
  const [result, reexecute] = useQuery({
    query: ProgramLearningDocument,
    variables: { programId },
    pause: !programId,
  });
  const data = result.data;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1}>{t('owner.title')}</Title>
          {data && (
            <Anchor component={Link} to={`/programs/${data.program.id}`} size="sm">
              {data.program.name}
            </Anchor>
          )}
        </Stack>
        {programId && (
          <Button component={Link} to={`/programs/${programId}/learning/new`}>
            {t('owner.create')}
          </Button>
        )}
      </Group>
      {!params.programId && owned.length > 1 && (
        <Select
          label={t('owner.program')}
          data={owned.map((program) => ({ value: program.id, label: program.name }))}
          value={programId}
          onChange={(value) => value && void navigate(`/programs/${value}/learning`)}
          allowDeselect={false}
        />
      )}
      {!programId ? (
        <Text>{t('owner.noProgram')}</Text>
      ) : (
        <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          {data && (
            <>
              <Activities data={data} programId={programId} />
              <Completion data={data} />
              <Trainees data={data} />
            </>
          )}
        </QueryState>
      )}
    </Stack>
  );
}

function Activities({ data, programId }: { data: Data; programId: string }): ReactNode {
  const { t, i18n } = useTranslation('learning');
  const activities = sortBySchedule(data.learningActivities.edges.map((edge) => edge.node));
  return (
    <Card withBorder component="section" aria-labelledby="owner-activities">
      <Title order={2} size="h4" id="owner-activities" mb="sm">
        {t('owner.activities', { count: activities.length })}
      </Title>
      {activities.length === 0 ? (
        <Text c="dimmed">{t('owner.noActivities')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {activities.map((activity) => {
            const seats = seatsText(t, activity);
            return (
              <Card
                key={activity.id}
                component="li"
                withBorder
                padding="sm"
                data-testid={`owner-activity-${activity.id}`}
              >
                <Stack gap={4}>
                  <Anchor component={Link} to={`/programs/${programId}/learning/${activity.id}`} fw={600}>
                    {activity.title}
                  </Anchor>
                  <ActivityBadges kind={activity.kind} aidaStage={activity.aidaStage} required={activity.required} />
                  <Group gap="md">
                    <Text size="sm">
                      {activity.startsAt
                        ? formatDateTime(activity.startsAt, i18n.language)
                        : activity.endsAt
                          ? t('activity.due', { date: formatDate(activity.endsAt, i18n.language) })
                          : t('activity.selfPaced')}
                    </Text>
                    {activity.status === 'CANCELLED' ? (
                      <Badge color="red" variant="light">
                        {t('myStatus.CANCELLED_ACTIVITY')}
                      </Badge>
                    ) : (
                      seats && (
                        <Text size="sm" c="dimmed">
                          {t('owner.registered', { count: activity.seats.registered })} · {seats}
                        </Text>
                      )
                    )}
                  </Group>
                </Stack>
              </Card>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}

function Bar({ value, label, width = 120 }: { value: number | null; label: string; width?: number }): ReactNode {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={value ?? 0}
        w={width}
        size="lg"
        color={value !== null && value >= 80 ? 'green' : 'indigo'}
        aria-label={label}
        style={{ flexShrink: 0 }}
      />
      <Text size="sm" w={44} ta="right">
        {value === null ? '—' : `${value}%`}
      </Text>
    </Group>
  );
}

function Completion({ data }: { data: Data }): ReactNode {
  const { t, i18n } = useTranslation('learning');
  const attendance = data.programAttendance;
  const phone = useMediaQuery('(max-width: 40em)');
  const label = (row: (typeof attendance.activities)[number]): string =>
    t('attendanceTable.completionOf', {
      title: row.activity.title,
      done: row.doneCount,
      total: attendance.traineeCount,
    });
  return (
    <Card withBorder component="section" aria-labelledby="program-attendance">
      <Title order={2} size="h4" id="program-attendance" mb={4}>
        {t('attendanceTable.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('attendanceTable.subtitle', { count: attendance.traineeCount })}
      </Text>
      {phone ? (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="program-attendance">
          {attendance.activities.map((row) => (
            <Card
              key={row.activity.id}
              component="li"
              withBorder
              padding="xs"
              data-testid={`attendance-row-${row.activity.id}`}
            >
              <Text size="sm" fw={500}>
                {row.activity.title}
              </Text>
              <Text size="xs" c="dimmed" mb={4}>
                {t(`kind.${row.activity.kind}`)}
                {row.activity.startsAt ? ` · ${formatDate(row.activity.startsAt, i18n.language)}` : ''}
              </Text>
              <Text size="sm">
                {t('attendanceTable.registered')} <span data-testid="registered-count">{row.registeredCount}</span>
                {' · '}
                {t('attendanceTable.waitlisted')} <span data-testid="waitlisted-count">{row.waitlistedCount}</span>
                {' · '}
                {t('attendanceTable.attended')} <span data-testid="attended-count">{row.attendedCount}</span>
              </Text>
              <Bar value={percent(row.completionRate)} label={label(row)} width={220} />
            </Card>
          ))}
        </Stack>
      ) : (
        <ScrollTable minWidth={720} label={t('attendanceTable.title')}>
          <Table verticalSpacing="xs" striped data-testid="program-attendance">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('attendanceTable.activity')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('attendanceTable.registered')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('attendanceTable.waitlisted')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('attendanceTable.attended')}
                </Table.Th>
                <Table.Th scope="col">{t('attendanceTable.completion')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {attendance.activities.map((row) => {
                const rate = percent(row.completionRate);
                return (
                  <Table.Tr key={row.activity.id} data-testid={`attendance-row-${row.activity.id}`}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {row.activity.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`kind.${row.activity.kind}`)}
                        {row.activity.startsAt ? ` · ${formatDate(row.activity.startsAt, i18n.language)}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" data-testid="registered-count">
                      {row.registeredCount}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="waitlisted-count">
                      {row.waitlistedCount}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="attended-count">
                      {row.attendedCount}
                    </Table.Td>
                    <Table.Td>
                      <Bar value={rate} label={label(row)} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Card>
  );
}

function Trainees({ data }: { data: Data }): ReactNode {
  const { t } = useTranslation('learning');
  const trainees = data.programAttendance.trainees;
  const phone = useMediaQuery('(max-width: 40em)');
  return (
    <Card withBorder component="section" aria-labelledby="trainee-completion">
      <Title order={2} size="h4" id="trainee-completion" mb="sm">
        {t('attendanceTable.trainees')}
      </Title>
      {trainees.length === 0 ? (
        <Text c="dimmed">{t('attendanceTable.noTrainees')}</Text>
      ) : (
        <ScrollTable minWidth={300} label={t('attendanceTable.trainees')}>
          <Table verticalSpacing="xs" data-testid="trainee-completion">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sheet.trainee')}</Table.Th>
                <Table.Th scope="col">{t('attendanceTable.requiredDone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trainees.map((row) => {
                const rate = row.requiredTotal ? Math.round((row.requiredDone / row.requiredTotal) * 100) : null;
                const name = row.trainee?.displayName ?? row.traineeId;
                return (
                  <Table.Tr key={row.traineeId}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Bar
                          width={phone ? 64 : 120}
                          value={rate}
                          label={t('attendanceTable.requiredOf', {
                            name,
                            done: row.requiredDone,
                            total: row.requiredTotal,
                          })}
                        />
                        <Text size="sm" c="dimmed">
                          {row.requiredDone} / {row.requiredTotal}
                        </Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Card>
  );
}
