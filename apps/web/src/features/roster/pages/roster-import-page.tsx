import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  List,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ImportProgramRosterMutation, RosterFileFormat } from '../../../gql/graphql';
import { ImportProgramRosterDocument, RosterProgramDocument } from '../documents';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';
import { formatDateTime } from '../../../lib/format';
import { ScrollTable } from '../../../components/scroll-table';

type Outcome = ImportProgramRosterMutation['importProgramRoster'];
type Report = Extract<Outcome, { __typename: 'RosterImportReport' }>;

/** The api takes at most 900 000 base64 characters: about 650 KB of file. */
const MAX_FILE_BYTES = 650 * 1024;

function formatOf(file: File): RosterFileFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'CSV';
  if (name.endsWith('.xlsx')) return 'XLSX';
  return null;
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function ReportView({ report }: { report: Report }) {
  const { t, i18n } = useTranslation('roster');
  const problemsByRow = new Map<number, Report['problems']>();
  for (const problem of report.problems) {
    problemsByRow.set(problem.rowNumber, [...(problemsByRow.get(problem.rowNumber) ?? []), problem]);
  }
  const fileProblems = report.problems.filter(
    (problem) => !report.rows.some((row) => row.rowNumber === problem.rowNumber),
  );
  const s = report.summary;
  const key = report.applied ? 'done' : 'summary';
  return (
    <Stack gap="md">
      <Card withBorder component="section" aria-labelledby="roster-summary-heading">
        <Stack gap="xs">
          <Title order={2} size="h4" id="roster-summary-heading">
            {report.applied ? t('summary.applied') : t('summary.checked')}
          </Title>
          <List size="sm" spacing={2}>
            <List.Item>{t('summary.rows', { count: s.rows })}</List.Item>
            <List.Item>{t(`${key}.organizationsCreated`, { count: s.organizationsCreated })}</List.Item>
            <List.Item>{t(`${key}.accountsCreated`, { count: s.accountsCreated })}</List.Item>
            <List.Item>{t(`${key}.membershipsAdded`, { count: s.membershipsAdded })}</List.Item>
            <List.Item>{t(`${key}.pairingsAdded`, { count: s.pairingsAdded })}</List.Item>
            <List.Item>{t('summary.unchangedRows', { count: s.unchangedRows })}</List.Item>
          </List>
        </Stack>
      </Card>
      {report.problems.length > 0 && (
        <Alert color="red" role="alert" title={t('problems.title', { count: report.problems.length })}>
          <Stack gap={4}>
            <Text size="sm">{t('problems.hint')}</Text>
            {fileProblems.map((problem) => (
              <Text size="sm" key={`${problem.rowNumber}-${problem.column}-${problem.code}`}>
                {problem.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {report.passwordSetupLinks.length > 0 && (
        <Card withBorder component="section" aria-labelledby="roster-links-heading">
          <Stack gap="xs">
            <Title order={2} size="h4" id="roster-links-heading">
              {t('links.title')}
            </Title>
            <Text size="sm">{t('links.hint')}</Text>
            <ScrollTable minWidth={640} label={t('links.title')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('links.email')}</Table.Th>
                    <Table.Th>{t('links.link')}</Table.Th>
                    <Table.Th>{t('links.expires')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.passwordSetupLinks.map((link) => (
                    <Table.Tr key={link.userId}>
                      <Table.Td>{link.email}</Table.Td>
                      <Table.Td style={{ wordBreak: 'break-all' }}>
                        <Text size="xs" ff="monospace">{`${window.location.origin}/set-password#${link.token}`}</Text>
                      </Table.Td>
                      <Table.Td>{formatDateTime(link.expiresAt, i18n.language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Stack>
        </Card>
      )}
      <ScrollTable minWidth={820} label={t('table.label')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('table.row')}</Table.Th>
              <Table.Th>{t('table.name')}</Table.Th>
              <Table.Th>{t('table.email')}</Table.Th>
              <Table.Th>{t('table.role')}</Table.Th>
              <Table.Th>{t('table.organization')}</Table.Th>
              <Table.Th>{t('table.actions')}</Table.Th>
              <Table.Th>{t('table.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => {
              const problems = problemsByRow.get(row.rowNumber) ?? [];
              return (
                <Table.Tr
                  key={row.rowNumber}
                  data-problem={problems.length > 0 || undefined}
                  style={problems.length ? { background: 'var(--mantine-color-red-0)' } : undefined}
                >
                  <Table.Td>{row.rowNumber}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.displayName}</Table.Td>
                  <Table.Td>{row.email}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.role ? t(`role.${row.role}`) : ''}</Table.Td>
                  <Table.Td>{row.organizationName}</Table.Td>
                  <Table.Td>
                    {row.actions.length ? (
                      <Group gap={4}>
                        {row.actions.map((action) => (
                          <Badge key={action} variant="light" color="blue" c="dark.7">
                            {t(`action.${action}`)}
                          </Badge>
                        ))}
                      </Group>
                    ) : (
                      <Text size="sm" c="dark.4">
                        {t('table.noChange')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {problems.map((problem) => (
                      <Text size="sm" c="red.9" fw={600} key={`${problem.column}-${problem.code}`}>
                        {problem.message}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

/** Owners (and admins) set up the cohort from a spreadsheet: check the file (dry run), see every problem, import. */
export function RosterImportPage() {
  const { programId = '' } = useParams();
  const { t } = useTranslation('roster');
  const [program] = useQuery({ query: RosterProgramDocument, variables: { id: programId } });
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [checkedFile, setCheckedFile] = useState<File | null>(null);
  const [{ fetching, error }, run] = useMutation(ImportProgramRosterDocument);
  const serverFields = fieldErrors(error);

  async function send(dryRun: boolean) {
    setProblem(null);
    if (!file) return setProblem(t('file.required'));
    const format = formatOf(file);
    if (!format) return setProblem(t('file.unsupported'));
    if (file.size > MAX_FILE_BYTES) return setProblem(t('file.tooLarge'));
    const result = await run({ input: { programId, file: await base64Of(file), format, dryRun } });
    const outcome = result.data?.importProgramRoster;
    if (isErrorResult(outcome)) {
      setReport(null);
      setProblem(outcome.message);
      return;
    }
    if (outcome?.__typename === 'RosterImportReport') {
      setReport(outcome);
      setCheckedFile(dryRun && outcome.problems.length === 0 ? file : null);
    }
  }

  if (program.fetching && !program.data) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (program.error || !program.data) {
    return (
      <Alert color="red" title={t('common:error.title')}>
        {program.error?.message}
      </Alert>
    );
  }
  const requestError = errorMessage(error, t('common:error.network'));
  const canImport = checkedFile !== null && checkedFile === file && report?.dryRun === true;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text size="sm">{program.data.program.name}</Text>
        <Anchor component={Link} to={`/programs/${programId}`} size="sm">
          {t('back')}
        </Anchor>
      </Stack>
      <Text size="sm">{t('intro')}</Text>
      <Card withBorder component="section" aria-labelledby="roster-template-heading">
        <Stack gap="xs">
          <Title order={2} size="h4" id="roster-template-heading">
            {t('template.title')}
          </Title>
          <Group gap="md">
            <Anchor href="/imports/roster-template.xlsx" download>
              {t('template.xlsx')}
            </Anchor>
            <Anchor href="/imports/roster-template.csv" download>
              {t('template.csv')}
            </Anchor>
          </Group>
          <Text size="sm">{t('template.hint')}</Text>
        </Stack>
      </Card>
      <Card withBorder component="section">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send(true);
          }}
        >
          <Stack gap="sm">
            <FileInput
              label={t('file.label')}
              description={t('file.description')}
              placeholder={t('file.placeholder')}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={(value) => {
                setFile(value);
                setProblem(null);
                setReport(null);
              }}
              clearable
              clearButtonProps={{ 'aria-label': t('file.clear') }}
              error={problem ?? serverFields.file}
            />
            {requestError && (
              <Alert color="red" role="alert">
                {requestError}
              </Alert>
            )}
            <Text size="sm">{t('importHint')}</Text>
            <Group justify="flex-end">
              <Button type="submit" variant="default" loading={fetching}>
                {t('check')}
              </Button>
              <Button type="button" disabled={!canImport} loading={fetching} onClick={() => void send(false)}>
                {t('import')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {report && <ReportView report={report} />}
    </Stack>
  );
}
