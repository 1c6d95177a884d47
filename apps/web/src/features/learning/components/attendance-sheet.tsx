import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/graphql-errors';
import { notifySuccess } from '../../../lib/notify';
import { RecordAttendanceDocument } from '../documents';
import { attendanceSheetRows, changedAttendance, type Attendance, type SheetRow } from '../calendar';
import { ATTENDANCE } from './labels';

const REGISTRATION_COLOR = { REGISTERED: 'blue', WAITLISTED: 'violet', CANCELLED: 'gray' } as const;

interface AttendanceSheetProps {
  activityId: string;
  members: Parameters<typeof attendanceSheetRows>[0];
  participations: Parameters<typeof attendanceSheetRows>[1];
  /** False for a cancelled activity: the sheet is read-only */
  editable: boolean;
  onSaved: () => void;
}

/**
 * The attendance sheet (出欠表) of a session for the whole cohort on one screen: each trainee's registration and
 * check-in, a choice per row, saved in one all-or-nothing recordAttendance call with per-row errors.
 */
export function AttendanceSheet({
  activityId,
  members,
  participations,
  editable,
  onSaved,
}: AttendanceSheetProps): ReactNode {
  const { t, i18n } = useTranslation('learning');
  const [chosen, setChosen] = useState<Record<string, Attendance | undefined>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(RecordAttendanceDocument);
  // Rows being edited or refused stay on the sheet while it refreshes, even if the person left the program meanwhile.
  const rows = useMemo(
    () =>
      attendanceSheetRows(
        members,
        participations,
        new Intl.Collator(i18n.language),
        new Set([...Object.keys(chosen), ...Object.keys(problems)]),
      ),
    [members, participations, i18n.language, chosen, problems],
  );
  const changes = changedAttendance(rows, chosen);
  const timeFormat = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', { timeStyle: 'short' });

  const markRegisteredPresent = (): void => {
    setChosen((current) => {
      const next = { ...current };
      for (const row of rows) {
        if (row.registrationStatus === 'REGISTERED' && !row.attendance && !next[row.userId])
          next[row.userId] = 'ATTENDED';
      }
      return next;
    });
  };

  const save = async (): Promise<void> => {
    setFailure(null);
    setProblems({});
    const result = await record({ input: { activityId, entries: changes } });
    const outcome = result.data?.recordAttendance;
    if (result.error || !outcome) {
      setFailure(errorMessage(result.error, t('common:error.network')));
      return;
    }
    if (outcome.__typename === 'InvalidAttendanceEntriesError') {
      setFailure(outcome.message);
      // The api names the input field first (input.entries.3.userId: …); the row already says which one.
      setProblems(
        Object.fromEntries(
          outcome.problems.map((problem) => [problem.userId, problem.message.replace(/^input\.[\w.]+: /, '')]),
        ),
      );
      return;
    }
    if (outcome.__typename !== 'AttendanceRecorded') {
      setFailure('message' in outcome ? outcome.message : null);
      return;
    }
    notifySuccess(t('sheet.savedNotice', { count: outcome.participations.length }));
    setChosen({});
    onSaved();
  };

  const phone = useMediaQuery('(max-width: 40em)');
  const registration = (row: SheetRow): ReactNode =>
    row.registrationStatus && row.registrationStatus !== 'CANCELLED' ? (
      <Badge variant="light" color={REGISTRATION_COLOR[row.registrationStatus]}>
        {row.registrationStatus === 'WAITLISTED'
          ? t('myStatus.waitlistedAt', { position: row.waitlistPosition ?? 0 })
          : t(`registrationStatus.${row.registrationStatus}`)}
      </Badge>
    ) : (
      <Text size="sm" c="dimmed">
        {t('sheet.notRegistered')}
      </Text>
    );
  const checkedIn = (row: SheetRow): string => (row.checkedInAt ? timeFormat.format(new Date(row.checkedInAt)) : '—');
  const problem = (row: SheetRow): ReactNode =>
    problems[row.userId] ? (
      <Text size="xs" c="red.9" role="alert" data-testid="row-error">
        {problems[row.userId]}
      </Text>
    ) : null;
  const choice = (row: SheetRow): ReactNode => {
    const value = chosen[row.userId] ?? row.attendance;
    return (
      <SegmentedControl
        size="xs"
        color="indigo"
        aria-label={t('sheet.attendanceOf', { name: row.name })}
        name={`attendance-${row.userId}`}
        disabled={!editable}
        value={value ?? ''}
        onChange={(next) => setChosen((current) => ({ ...current, [row.userId]: next as Attendance }))}
        data={ATTENDANCE.map((status) => ({ value: status, label: t(`attendance.${status}`) }))}
        data-testid="attendance-choice"
        data-value={value ?? ''}
      />
    );
  };

  const counts = {
    registered: rows.filter((row) => row.registrationStatus === 'REGISTERED').length,
    attended: rows.filter((row) => row.attendance === 'ATTENDED').length,
  };

  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="sheet-summary">
        {t('sheet.summary', { total: rows.length, registered: counts.registered, attended: counts.attended })}
      </Text>
      {failure && (
        <Alert color="red" role="alert" data-testid="sheet-error">
          {failure}
        </Alert>
      )}
      {phone ? (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="attendance-sheet">
          {rows.map((row) => (
            <Card key={row.userId} component="li" withBorder padding="xs" data-testid={`sheet-row-${row.userId}`}>
              <Stack gap={6}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={500}>
                    {row.name}
                  </Text>
                  {registration(row)}
                </Group>
                <Group justify="space-between" gap="xs">
                  <Text size="xs" c="dimmed">
                    {t('sheet.checkedIn')} <span data-testid="checked-in-at">{checkedIn(row)}</span>
                  </Text>
                  {choice(row)}
                </Group>
                {problem(row)}
              </Stack>
            </Card>
          ))}
        </Stack>
      ) : (
        <Table verticalSpacing="xs" data-testid="attendance-sheet">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sheet.trainee')}</Table.Th>
              <Table.Th scope="col">{t('sheet.registration')}</Table.Th>
              <Table.Th scope="col">{t('sheet.checkedIn')}</Table.Th>
              <Table.Th scope="col">{t('sheet.attendance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.userId} data-testid={`sheet-row-${row.userId}`}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {row.name}
                  </Text>
                  {problem(row)}
                </Table.Td>
                <Table.Td>{registration(row)}</Table.Td>
                <Table.Td>
                  <Text size="sm" data-testid="checked-in-at">
                    {checkedIn(row)}
                  </Text>
                </Table.Td>
                <Table.Td>{choice(row)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && (
        <Group>
          <Button variant="default" onClick={markRegisteredPresent}>
            {t('sheet.markRegistered')}
          </Button>
          <Button onClick={() => void save()} disabled={changes.length === 0} loading={fetching}>
            {t('sheet.save', { count: changes.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
