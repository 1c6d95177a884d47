import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifySuccess } from '../../../lib/notify';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { AssignMentorDocument, EndMentorshipDocument } from '../documents';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';
import type { ProgramDetail } from '../pages/program-page';
import { ScrollTable } from '../../../components/scroll-table';

function AssignForm({ program, onChanged }: { program: ProgramDetail; onChanged: () => void }) {
  const { t } = useTranslation('programs');
  const [mentorId, setMentorId] = useState<string | null>(null);
  const [traineeId, setTraineeId] = useState<string | null>(null);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [resultError, setResultError] = useState<{ field?: string; message: string } | null>(null);
  const [{ fetching, error }, assign] = useMutation(AssignMentorDocument);
  const serverFields = fieldErrors(error);
  const optionsOf = (role: 'MENTOR' | 'TRAINEE') =>
    program.members
      .filter((member) => member.role === role && member.status === 'ACTIVE')
      .map((member) => ({ value: member.userId, label: member.user?.displayName ?? member.userId }));

  const placed = (field: string) =>
    clientErrors[field] ??
    serverFields[field] ??
    (resultError?.field === `input.${field}` ? resultError.message : undefined);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setResultError(null);
    const problems: Record<string, string> = {};
    if (!mentorId) problems.mentorId = t('common:validation.required');
    if (!traineeId) problems.traineeId = t('common:validation.required');
    setClientErrors(problems);
    if (!mentorId || !traineeId) return;
    const result = await assign({ input: { programId: program.id, mentorId, traineeId } });
    const outcome = result.data?.assignMentor;
    if (isErrorResult(outcome)) {
      setResultError({ field: outcome.field, message: outcome.message });
      return;
    }
    if (outcome) {
      notifySuccess(t('pairings.assigned'));
      setTraineeId(null);
      onChanged();
    }
  }

  const general =
    errorMessage(error, t('common:error.network')) ?? (resultError && !resultError.field ? resultError.message : null);
  return (
    <Card withBorder component="section" aria-labelledby="assign-heading">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="assign-heading">
            {t('pairings.assignTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('pairings.mentor')}
              data={optionsOf('MENTOR')}
              value={mentorId}
              onChange={setMentorId}
              placeholder={t('pairings.pick')}
              required
              error={placed('mentorId')}
            />
            <Select
              label={t('pairings.trainee')}
              data={optionsOf('TRAINEE')}
              value={traineeId}
              onChange={setTraineeId}
              placeholder={t('pairings.pick')}
              required
              error={placed('traineeId')}
            />
          </SimpleGrid>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={fetching}>
              {t('pairings.assign')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Mentor–trainee pairings; owners pair people and end pairings. */
export function PairingsPanel({
  program,
  canManage,
  onChanged,
}: {
  program: ProgramDetail;
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('programs');
  const [{ fetching }, end] = useMutation(EndMentorshipDocument);
  const [problem, setProblem] = useState<string | null>(null);

  async function endPairing(mentorshipId: string, label: string) {
    if (!window.confirm(t('pairings.confirmEnd', { pair: label }))) return;
    setProblem(null);
    const result = await end({ input: { mentorshipId } });
    const outcome = result.data?.endMentorship;
    if (result.error) setProblem(errorMessage(result.error, t('common:error.network')));
    else if (isErrorResult(outcome)) setProblem(outcome.message);
    else {
      notifySuccess(t('pairings.ended'));
      onChanged();
    }
  }

  const pairings = [...program.mentorships].sort(
    (a, b) => Number(a.status !== 'ACTIVE') - Number(b.status !== 'ACTIVE'),
  );
  const date = (value: string | null | undefined) =>
    value ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(value)) : '';
  return (
    <Stack gap="md">
      {canManage && program.status !== 'CLOSED' && <AssignForm program={program} onChanged={onChanged} />}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {pairings.length === 0 ? (
        <Text>{t('pairings.empty')}</Text>
      ) : (
        <ScrollTable minWidth={560}>
          <Table striped>
            <Table.Caption>{t('pairings.caption', { count: pairings.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pairings.mentor')}</Table.Th>
                <Table.Th>{t('pairings.trainee')}</Table.Th>
                <Table.Th>{t('pairings.period')}</Table.Th>
                {canManage && <Table.Th>{t('members.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pairings.map((pairing) => {
                const label = `${pairing.mentor?.displayName ?? ''} → ${pairing.trainee?.displayName ?? ''}`;
                return (
                  <Table.Tr key={pairing.id}>
                    <Table.Td>{pairing.mentor?.displayName}</Table.Td>
                    <Table.Td>{pairing.trainee?.displayName}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Text size="sm">
                          {date(pairing.startedAt)} – {date(pairing.endedAt)}
                        </Text>
                        {pairing.status === 'ENDED' && (
                          <Badge size="xs" color="gray">
                            {t('pairings.endedBadge')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        {pairing.status === 'ACTIVE' && program.status !== 'CLOSED' && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            loading={fetching}
                            onClick={() => void endPairing(pairing.id, label)}
                            aria-label={t('pairings.endLabel', { pair: label })}
                          >
                            {t('pairings.end')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
