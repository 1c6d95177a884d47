import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { KpiFilterInput, ReportExportFormat } from '../../../gql/graphql';
import {
  MyReportExportSubscriptionsDocument,
  SubscribeReportExportDocument,
  UnsubscribeReportExportDocument,
} from '../documents';
import { errorMessage } from '../../../lib/graphql-errors';
import { formatDate } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { ScrollTable } from '../../../components/scroll-table';
import { reiwaOf } from '../fiscal';

/** Monthly exports: subscribe the filters shown (CSV or XLSX, produced on the 1st), list and stop them. */
export function SchedulePanel({ filter, programNames }: { filter: KpiFilterInput; programNames: Map<string, string> }) {
  const { t, i18n } = useTranslation('reporting');
  const language = i18n.language;
  const [list, refetch] = useQuery({ query: MyReportExportSubscriptionsDocument });
  const [, subscribe] = useMutation(SubscribeReportExportDocument);
  const [, unsubscribe] = useMutation(UnsubscribeReportExportDocument);
  const [failure, setFailure] = useState<string | null>(null);

  const add = async (format: ReportExportFormat) => {
    setFailure(null);
    const result = await subscribe({ input: { filter, format } });
    if (result.error) {
      setFailure(errorMessage(result.error, t('common:error.network')));
      return;
    }
    notifySuccess(t('schedule.subscribed'));
    refetch({ requestPolicy: 'network-only' });
  };
  const stop = async (subscriptionId: string) => {
    setFailure(null);
    const result = await unsubscribe({ input: { subscriptionId } });
    if (result.error) {
      setFailure(errorMessage(result.error, t('common:error.network')));
      return;
    }
    refetch({ requestPolicy: 'network-only' });
  };

  const subscriptions = list.data?.myReportExportSubscriptions ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="schedule-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="schedule-heading">
          {t('schedule.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('schedule.intro')}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={() => void add('CSV')}>
            {t('schedule.subscribe', { format: 'CSV' })}
          </Button>
          <Button variant="default" onClick={() => void add('XLSX')}>
            {t('schedule.subscribe', { format: 'XLSX' })}
          </Button>
        </Group>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {subscriptions.length === 0 ? (
          <Text size="sm">{t('schedule.empty')}</Text>
        ) : (
          <ScrollTable minWidth={0} label={t('schedule.heading')}>
            <Table fz="sm" striped>
              <Table.Tbody>
                {subscriptions.map((subscription) => {
                  const year = subscription.filter.fiscalYear;
                  const programs = subscription.filter.programIds?.length
                    ? subscription.filter.programIds.map((id) => programNames.get(id) ?? id).join('、')
                    : t('schedule.allPrograms');
                  const description = [
                    subscription.format,
                    year ? t('fiscalYear', { year, reiwa: reiwaOf(year) }) : null,
                    programs,
                    subscription.filter.prefecture,
                  ]
                    .filter(Boolean)
                    .join(' · ');
                  return (
                    <Table.Tr key={subscription.id} data-subscription>
                      <Table.Td>
                        <Text size="sm">{description}</Text>
                        <Text size="xs" c="dimmed">
                          {t('schedule.since', { date: formatDate(subscription.createdAt, language) })}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={t('schedule.unsubscribeLabel', { description })}
                          onClick={() => void stop(subscription.id)}
                        >
                          {t('schedule.unsubscribe')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Card>
  );
}
