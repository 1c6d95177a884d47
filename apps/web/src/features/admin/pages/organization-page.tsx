import { useState, type ReactNode } from 'react';
import { Anchor, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { notifySuccess } from '../../../lib/notify';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../../components/query-state';
import { AuditHistory } from '../../../components/audit-history';
import { isErrorResult } from '../../../lib/error-result';
import {
  CreateUserDocument,
  IssuePasswordSetupLinkDocument,
  OrganizationAccountsDocument,
  UpdateOrganizationDocument,
} from '../documents';
import { OrganizationForm } from '../components/organization-form';
import { NewAccountForm } from '../components/account-form';
import { PasswordLink } from '../components/password-link';
import { ScrollTable } from '../../../components/scroll-table';

interface IssuedLink {
  token: string;
  expiresAt: string;
  name: string;
}

/** One organisation: its details, its accounts, a new account, its audit history. */
export function OrganizationPage(): ReactNode {
  const { organizationId = '' } = useParams();
  const { t } = useTranslation('admin');
  const [result, reexecute] = useQuery({ query: OrganizationAccountsDocument, variables: { id: organizationId } });
  const [updated, update] = useMutation(UpdateOrganizationDocument);
  const [created, create] = useMutation(CreateUserDocument);
  const [, issueLink] = useMutation(IssuePasswordSetupLinkDocument);
  const [resultError, setResultError] = useState<string | null>(null);
  const [link, setLink] = useState<IssuedLink | null>(null);
  const organization = result.data?.organization;
  const accounts = result.data?.users.edges.map((edge) => edge.node) ?? [];

  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {organization && (
        <Stack gap="lg">
          <Stack gap={4}>
            <Anchor component={Link} to="/admin" size="sm">
              {t('organization.back')}
            </Anchor>
            <Title order={1}>{organization.name}</Title>
            <Text size="sm" c="dimmed">
              {t(`organizationKind.${organization.kind}`)} · {t(`sector.${organization.sector}`)}
              {organization.prefecture ? ` · ${organization.prefecture}` : ''}
            </Text>
          </Stack>

          <Stack gap="sm" component="section" aria-labelledby="accounts-heading">
            <Title order={2} size="h3" id="accounts-heading">
              {t('organization.accounts', { count: result.data?.users.totalCount ?? 0 })}
            </Title>
            {accounts.length === 0 ? (
              <Text c="dimmed">{t('organization.noAccounts')}</Text>
            ) : (
              <ScrollTable minWidth={560}>
                <Table striped highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('account.displayName')}</Table.Th>
                      <Table.Th>{t('account.email')}</Table.Th>
                      <Table.Th>{t('account.systemRole')}</Table.Th>
                      <Table.Th>{t('account.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {accounts.map((account) => (
                      <Table.Tr key={account.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/admin/accounts/${account.id}`}>
                            {account.displayName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{account.email}</Table.Td>
                        <Table.Td>{t(`systemRole.${account.systemRole}`)}</Table.Td>
                        <Table.Td>
                          <Badge c="dark.7" variant="light" color={account.status === 'ACTIVE' ? 'green' : 'gray'}>
                            {t(`userStatus.${account.status}`)}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </Stack>

          <Card withBorder component="section" aria-labelledby="new-account-heading">
            <Stack gap="sm">
              <Title order={2} size="h4" id="new-account-heading">
                {t('organization.newAccount')}
              </Title>
              {link && <PasswordLink {...link} />}
              <NewAccountForm
                fetching={created.fetching}
                error={created.error}
                resultError={resultError}
                onSubmit={async (values) => {
                  setResultError(null);
                  setLink(null);
                  const response = await create({
                    input: {
                      organizationId,
                      email: values.email.trim(),
                      displayName: values.displayName.trim(),
                      locale: values.locale,
                      systemRole: values.systemRole,
                      password: values.passwordMode === 'password' ? values.password : undefined,
                    },
                  });
                  const outcome = response.data?.createUser;
                  if (isErrorResult(outcome)) {
                    setResultError(outcome.message);
                    return false;
                  }
                  if (outcome?.__typename !== 'User') return false;
                  notifySuccess(t('organization.accountCreated', { name: outcome.displayName }));
                  if (values.passwordMode === 'link') {
                    const issued = await issueLink({ input: { userId: outcome.id } });
                    const token = issued.data?.issuePasswordSetupLink;
                    if (token) setLink({ token: token.token, expiresAt: token.expiresAt, name: outcome.displayName });
                    else setResultError(t('link.failed'));
                  }
                  reexecute({ requestPolicy: 'network-only' });
                  return true;
                }}
              />
            </Stack>
          </Card>

          <Card withBorder component="section" aria-labelledby="edit-organization-heading">
            <Stack gap="sm">
              <Title order={2} size="h4" id="edit-organization-heading">
                {t('organization.edit')}
              </Title>
              <OrganizationForm
                initial={{
                  name: organization.name,
                  kind: organization.kind,
                  sector: organization.sector,
                  prefecture: organization.prefecture ?? '',
                }}
                submitLabel={t('organization.save')}
                fetching={updated.fetching}
                error={updated.error}
                onSubmit={async (values) => {
                  const response = await update({
                    input: {
                      organizationId,
                      name: values.name.trim(),
                      kind: values.kind,
                      sector: values.sector,
                      prefecture: values.prefecture.trim(),
                    },
                  });
                  if (!response.data?.updateOrganization) return false;
                  notifySuccess(t('organization.saved'));
                  return true;
                }}
              />
            </Stack>
          </Card>
          <AuditHistory entityType="Organization" entityId={organizationId} />
        </Stack>
      )}
    </QueryState>
  );
}
