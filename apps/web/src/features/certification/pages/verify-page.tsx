import type { ReactNode } from 'react';
import { Alert, Container, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { LanguageSwitch } from '../../../components/language-switch';
import { formatDate } from '../../../lib/format';
import type { CertificateStatus } from '../../../gql/graphql';
import { VerifyCertificateDocument } from '../documents';
import { CertificateStatusBadge, STATUS_COLOR } from '../components/certificate-status-badge';
import { NAMESPACE } from '../translations';

const STATE_MARK: Record<CertificateStatus, string> = { ACTIVE: '✓', EXPIRED: '!', REVOKED: '✕' };

/** Public (no login): a certificate's state by its verification code, with the public fields and nothing else. */
export function VerifyPage(): ReactNode {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation(NAMESPACE);
  const [{ data, fetching, error }] = useQuery({
    query: VerifyCertificateDocument,
    variables: { code },
    requestPolicy: 'network-only',
  });
  const found = data?.verifyCertificate;
  const notFound = error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND');

  return (
    <Container size={560} py={{ base: 'lg', sm: 60 }} component="main">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={1}>{t('verify.title')}</Title>
            <Text c="dimmed" size="sm">
              {t('verify.intro')}
            </Text>
          </Stack>
          <div style={{ minWidth: 140 }}>
            <LanguageSwitch />
          </div>
        </Group>
        {fetching && !data && <Loader aria-label={t('common:loading')} />}
        {error && !found && (
          <Alert color="red" role="alert" title={t('common:error.title')}>
            {notFound ? t('verify.notFound') : error.graphQLErrors.map((e) => e.message).join(' ') || error.message}
          </Alert>
        )}
        {found && (
          <Paper withBorder shadow="sm" p="lg" radius="md" data-testid="verification">
            <Stack gap="md">
              <Alert
                color={STATUS_COLOR[found.status]}
                variant="light"
                role="status"
                data-status={found.status}
                title={
                  <Group gap="xs">
                    <span aria-hidden="true">{STATE_MARK[found.status]}</span>
                    <CertificateStatusBadge status={found.status} size="lg" />
                  </Group>
                }
              >
                <Text fw={700} c="dark.7">
                  {t(`verify.state.${found.status}`)}
                </Text>
              </Alert>
              <Table variant="vertical" withTableBorder>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={160}>{t('verify.holder')}</Table.Th>
                    <Table.Td>{found.holderName}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('verify.kind')}</Table.Th>
                    <Table.Td>{t(`kind.${found.kind}`)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('verify.program')}</Table.Th>
                    <Table.Td>{found.programName}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('verify.organization')}</Table.Th>
                    <Table.Td>{found.organizationName}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('verify.issued')}</Table.Th>
                    <Table.Td>{formatDate(found.issuedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('verify.expires')}</Table.Th>
                    <Table.Td>{formatDate(found.expiresAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Stack>
          </Paper>
        )}
      </Stack>
    </Container>
  );
}
