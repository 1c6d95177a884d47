import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifySuccess } from '../../../lib/notify';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { ProgramRole } from '../../../gql/graphql';
import { AddProgramMemberDocument, MemberCandidatesDocument, WithdrawProgramMemberDocument } from '../documents';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';
import type { ProgramDetail } from '../pages/program-page';
import { ScrollTable } from '../../../components/scroll-table';

const ROLES: ProgramRole[] = ['TRAINEE', 'MENTOR', 'OWNER'];
export const SEARCH_MAX = 100;

function AddMemberForm({ program, onChanged }: { program: ProgramDetail; onChanged: () => void }) {
  const { t } = useTranslation('programs');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [userId, setUserId] = useState<string | null>(null);
  const [role, setRole] = useState<ProgramRole>('TRAINEE');
  const [problem, setProblem] = useState<string | null>(null);
  const [candidates] = useQuery({
    query: MemberCandidatesDocument,
    variables: { programId: program.id, search: debounced },
    pause: debounced.length === 0 || debounced.length > SEARCH_MAX,
  });
  const [{ fetching, error }, add] = useMutation(AddProgramMemberDocument);
  const serverFields = fieldErrors(error);
  const options = (candidates.data?.programMemberCandidates ?? []).map((user) => ({
    value: user.id,
    label: `${user.displayName} (${user.email}, ${user.organization.name})`,
  }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!userId) {
      setProblem(t('members.pickAccount'));
      return;
    }
    const result = await add({ input: { programId: program.id, userId, role } });
    const outcome = result.data?.addProgramMember;
    if (isErrorResult(outcome)) {
      setProblem(outcome.message);
      return;
    }
    if (outcome) {
      notifySuccess(t('members.added'));
      setUserId(null);
      setSearch('');
      onChanged();
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby="add-member-heading">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="add-member-heading">
            {t('members.addTitle')}
          </Title>
          <TextInput
            label={t('members.search')}
            description={t('members.searchHint')}
            value={search}
            maxLength={SEARCH_MAX}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setUserId(null);
            }}
            error={search.length > SEARCH_MAX ? t('common:validation.maxLength', { max: SEARCH_MAX }) : undefined}
          />
          <Select
            label={t('members.account')}
            placeholder={
              debounced && !candidates.fetching && !options.length ? t('members.noMatch') : t('members.pick')
            }
            data={options}
            value={userId}
            onChange={setUserId}
            searchable={false}
            nothingFoundMessage={t('members.noMatch')}
            error={serverFields.userId ?? (problem && !userId ? problem : undefined)}
          />
          {candidates.error && (
            <Text size="sm" c="red">
              {candidates.error.message}
            </Text>
          )}
          <Select
            label={t('members.role')}
            data={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
            value={role}
            onChange={(value) => value && setRole(value as ProgramRole)}
            allowDeselect={false}
            error={serverFields.role}
          />
          {(errorMessage(error, t('common:error.network')) ?? (problem && userId ? problem : null)) && (
            <Alert color="red" role="alert">
              {errorMessage(error, t('common:error.network')) ?? problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={fetching}>
              {t('members.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Members by role; owners add people found by name or email and withdraw them. */
export function MembersPanel({
  program,
  canManage,
  onChanged,
}: {
  program: ProgramDetail;
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('programs');
  const [{ fetching }, withdraw] = useMutation(WithdrawProgramMemberDocument);
  const [problem, setProblem] = useState<string | null>(null);

  async function withdrawMember(memberId: string, name: string) {
    if (!window.confirm(t('members.confirmWithdraw', { name }))) return;
    setProblem(null);
    const result = await withdraw({ input: { memberId } });
    const outcome = result.data?.withdrawProgramMember;
    if (result.error) setProblem(errorMessage(result.error, t('common:error.network')));
    else if (isErrorResult(outcome)) setProblem(outcome.message);
    else {
      notifySuccess(t('members.withdrawn', { name }));
      onChanged();
    }
  }

  const members = [...program.members].sort(
    (a, b) =>
      ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || Number(a.status !== 'ACTIVE') - Number(b.status !== 'ACTIVE'),
  );
  return (
    <Stack gap="md">
      {canManage && program.status !== 'CLOSED' && <AddMemberForm program={program} onChanged={onChanged} />}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {members.length === 0 ? (
        <Text>{t('members.empty')}</Text>
      ) : (
        <ScrollTable minWidth={640}>
          <Table striped>
            <Table.Caption>{t('members.caption', { count: members.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.name')}</Table.Th>
                <Table.Th>{t('members.organization')}</Table.Th>
                <Table.Th>{t('members.role')}</Table.Th>
                <Table.Th>{t('members.status')}</Table.Th>
                {canManage && <Table.Th>{t('members.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    <Text size="sm">{member.user?.displayName}</Text>
                    <Text size="xs" c="dimmed">
                      {member.user?.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>{member.user?.organization.name}</Table.Td>
                  <Table.Td>{t(`role.${member.role}`)}</Table.Td>
                  <Table.Td>
                    <Badge c="dark.7" variant="light" color={member.status === 'ACTIVE' ? 'green' : 'gray'}>
                      {t(`memberStatus.${member.status}`)}
                    </Badge>
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      {member.status === 'ACTIVE' && program.status !== 'CLOSED' && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={fetching}
                          onClick={() => void withdrawMember(member.id, member.user?.displayName ?? '')}
                          aria-label={t('members.withdrawLabel', {
                            name: member.user?.displayName ?? '',
                            role: t(`role.${member.role}`),
                          })}
                        >
                          {t('members.withdraw')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
