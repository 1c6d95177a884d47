import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { KpiFilterInput, ReportExportFormat } from '../../../gql/graphql';
import { MyReportExportsDocument, ReportExportDocument, RequestReportExportDocument } from '../documents';
import { sessionStore } from '../../../lib/session';
import { errorMessage } from '../../../lib/graphql-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { ScrollTable } from '../../../components/scroll-table';

const POLL_MS = 800;
const WORKING = new Set(['QUEUED', 'RUNNING']);

/**
 * GET /exports/:id needs the access token in the Authorization header, so a plain link cannot download it: the file
 * is fetched with the token and handed to the browser as a Blob link.
 */
async function download(path: string, fileName: string): Promise<void> {
  const token = sessionStore.get()?.accessToken;
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(String(response.status));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Follows one export until the worker has built it: a progress bar fed by reportExport(id). */
function ExportProgress({ id, onSettled }: { id: string; onSettled: () => void }) {
  const { t } = useTranslation('reporting');
  const [{ data }, poll] = useQuery({ query: ReportExportDocument, variables: { id }, requestPolicy: 'network-only' });
  const current = data?.reportExport;
  const working = !current || WORKING.has(current.status);
  useEffect(() => {
    if (!working) {
      onSettled();
      return;
    }
    const timer = setTimeout(() => poll({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [working, data, poll, onSettled]);
  if (current?.status === 'FAILED') {
    return (
      <Alert color="red" role="alert">
        {t('exports.failed', { error: current.error ?? '' })}
      </Alert>
    );
  }
  if (current?.status === 'DONE') {
    return (
      <Alert color="green" role="status">
        {t('exports.ready', { fileName: current.fileName ?? '' })}
      </Alert>
    );
  }
  const progress = current?.progress ?? 0;
  return (
    <Stack gap={4} role="status">
      <Text size="sm">{t('exports.progress', { progress })}</Text>
      <Progress
        value={progress}
        aria-label={t('exports.progressLabel')}
        animated
        striped
        data-testid="export-progress"
      />
    </Stack>
  );
}

/** Export buttons (CSV, XLSX) for the filters shown, the progress of the last one, and the person's files. */
export function ExportPanel({ filter }: { filter: KpiFilterInput }) {
  const { t, i18n } = useTranslation('reporting');
  const language = i18n.language;
  const [, request] = useMutation(RequestReportExportDocument);
  const [list, refetchList] = useQuery({ query: MyReportExportsDocument, requestPolicy: 'cache-and-network' });
  const [active, setActive] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const settled = useCallback(() => refetchList({ requestPolicy: 'network-only' }), [refetchList]);

  const start = async (format: ReportExportFormat) => {
    setBusy(true);
    setFailure(null);
    const result = await request({ input: { filter, format } });
    setBusy(false);
    if (result.error || !result.data) {
      setFailure(errorMessage(result.error, t('common:error.network')));
      return;
    }
    setActive(result.data.requestReportExport.id);
    refetchList({ requestPolicy: 'network-only' });
  };

  const exports = list.data?.myReportExports.edges.map((edge) => edge.node) ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="exports-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="exports-heading">
          {t('exports.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('exports.intro')}
        </Text>
        <Group gap="sm">
          <Button variant="light" loading={busy} onClick={() => void start('CSV')}>
            {t('exports.csv')}
          </Button>
          <Button variant="light" loading={busy} onClick={() => void start('XLSX')}>
            {t('exports.xlsx')}
          </Button>
        </Group>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {active && <ExportProgress key={active} id={active} onSettled={settled} />}
        <Title order={3} size="h5">
          {t('exports.listHeading')}
        </Title>
        {exports.length === 0 ? (
          <Text size="sm">{t('exports.empty')}</Text>
        ) : (
          <ScrollTable minWidth={560} label={t('exports.listHeading')}>
            <Table fz="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('exports.requested')}</Table.Th>
                  <Table.Th scope="col">{t('filters.fiscalYear')}</Table.Th>
                  <Table.Th scope="col">{t('exports.statusHeader')}</Table.Th>
                  <Table.Th scope="col">{t('exports.download')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {exports.map((item) => (
                  <Table.Tr key={item.id} data-export-row={item.status}>
                    <Table.Td>{formatDateTime(item.requestedAt, language)}</Table.Td>
                    <Table.Td>{item.filter.fiscalYear ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge variant="default">
                        {item.format} · {t(`exports.status.${item.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {item.status === 'DONE' && item.downloadPath && item.fileName && (
                        <Stack gap={0} align="flex-start">
                          <Button
                            size="xs"
                            variant="subtle"
                            px={0}
                            aria-label={t('exports.downloadLabel', { fileName: item.fileName })}
                            onClick={() =>
                              void download(item.downloadPath!, item.fileName!).catch(() =>
                                setFailure(t('exports.downloadFailed')),
                              )
                            }
                          >
                            {t('exports.download')}
                          </Button>
                          {item.expiresAt && (
                            <Text size="xs" c="dimmed">
                              {t('exports.expires', { date: formatDate(item.expiresAt, language) })}
                            </Text>
                          )}
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Card>
  );
}
