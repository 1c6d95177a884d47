import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../../components/query-state';
import { ScrollTable } from '../../../components/scroll-table';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';
import { formatDate } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { CertificationAdvisorsDocument, DesignateAdvisorDocument } from '../documents';
import type { ProgramCertification } from '../pages/certification-admin-page';
import { NAMESPACE } from '../translations';

const REASON_MAX = 1000;

/** External advisors (外部アドバイザー): who may mentor without a MENTOR certificate, and why. */
export function AdvisorsPanel({ data }: { data: ProgramCertification }): ReactNode {
  const { t, i18n } = useTranslation(NAMESPACE);
  const programId = data.program.id;
  const [list, reexecute] = useQuery({ query: CertificationAdvisorsDocument, variables: { programId } });
  const [{ fetching, error }, designate] = useMutation(DesignateAdvisorDocument);
  const [userId, setUserId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<string | null>(null);
  const advisors = list.data?.certificationAdvisors ?? [];
  const mentors = data.program.members
    .filter((member) => member.role === 'MENTOR' && member.status === 'ACTIVE')
    .map((member) => ({ value: member.userId, label: member.user?.displayName ?? member.userId }));
  const server = fieldErrors(error);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setRefused(null);
    const found: Record<string, string> = {};
    if (!userId) found.userId = t('common:validation.required');
    if (!reason.trim()) found.reason = t('common:validation.required');
    setProblems(found);
    if (!userId || !reason.trim()) return;
    const result = await designate({ input: { programId, userId, reason: reason.trim() } });
    const outcome = result.data?.designateAdvisor;
    if (isErrorResult(outcome)) {
      setRefused(outcome.message);
      return;
    }
    if (outcome) {
      notifySuccess(t('advisors.designated'));
      setUserId(null);
      setReason('');
      reexecute({ requestPolicy: 'network-only' });
    }
  }

  const general = refused ?? (Object.keys(server).length ? null : errorMessage(error, t('common:error.network')));
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('advisors.intro')}
      </Text>
      <QueryState result={list} empty={!advisors.length} emptyText={t('advisors.empty')}>
        <ScrollTable minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('advisors.name')}</Table.Th>
                <Table.Th>{t('advisors.reason')}</Table.Th>
                <Table.Th>{t('advisors.since')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {advisors.map((advisor) => (
                <Table.Tr key={advisor.id}>
                  <Table.Td>{advisor.user?.displayName ?? advisor.userId}</Table.Td>
                  <Table.Td>{advisor.reason}</Table.Td>
                  <Table.Td>{formatDate(advisor.createdAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
      <Card withBorder component="section" aria-labelledby="designate-heading">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h4" id="designate-heading">
              {t('advisors.designate')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('advisors.person')}
                data={mentors}
                value={userId}
                onChange={setUserId}
                searchable
                required
                error={problems.userId ?? server.userId}
              />
              <Textarea
                label={t('advisors.reason')}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                maxLength={REASON_MAX}
                required
                autosize
                minRows={2}
                error={problems.reason ?? server.reason}
              />
            </SimpleGrid>
            {general && (
              <Alert color="red" role="alert">
                {general}
              </Alert>
            )}
            <div>
              <Button type="submit" loading={fetching}>
                {t('advisors.designate')}
              </Button>
            </div>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
