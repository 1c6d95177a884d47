import { useState, type ReactNode } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifySuccess } from '../../../lib/notify';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { AdminAccountQuery, Locale, SystemRole } from '../../../gql/graphql';
import { QueryState } from '../../../components/query-state';
import { AuditHistory } from '../../../components/audit-history';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';
import {
  AccountDocument,
  DisableAccountDocument,
  IssuePasswordSetupLinkDocument,
  UpdateAccountDocument,
} from '../documents';
import { ACCOUNT_LIMITS } from '../components/account-form';
import { PasswordLink } from '../components/password-link';

type Account = AdminAccountQuery['user'];

function EditAccount({ account, organizations }: { account: Account; organizations: { id: string; name: string }[] }) {
  const { t } = useTranslation('admin');
  const [values, setValues] = useState({
    displayName: account.displayName,
    locale: account.locale,
    systemRole: account.systemRole,
    organizationId: account.organization.id,
  });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [resultError, setResultError] = useState<string | null>(null);
  const [{ fetching, error }, update] = useMutation(UpdateAccountDocument);
  const server = fieldErrors(error);
  const general =
    resultError ?? (error && !Object.keys(server).length ? errorMessage(error, t('common:error.network')) : null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setResultError(null);
    const found: Record<string, string> = {};
    if (!values.displayName.trim()) found.displayName = t('common:validation.required');
    else if (values.displayName.length > ACCOUNT_LIMITS.displayNameMax)
      found.displayName = t('common:validation.maxLength', { max: ACCOUNT_LIMITS.displayNameMax });
    setProblems(found);
    if (Object.keys(found).length) return;
    const response = await update({ input: { userId: account.id, ...values, displayName: values.displayName.trim() } });
    const outcome = response.data?.updateUser;
    if (isErrorResult(outcome)) setResultError(outcome.message);
    else if (outcome) notifySuccess(t('account.saved'));
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('account.displayName')}
            required
            maxLength={ACCOUNT_LIMITS.displayNameMax}
            value={values.displayName}
            onChange={(event) => setValues({ ...values, displayName: event.currentTarget.value })}
            error={problems.displayName ?? server.displayName}
          />
          <Select
            label={t('account.organization')}
            searchable
            allowDeselect={false}
            data={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
            value={values.organizationId}
            onChange={(id) => id && setValues({ ...values, organizationId: id })}
            error={server.organizationId}
          />
          <Select
            label={t('account.locale')}
            allowDeselect={false}
            data={[
              { value: 'JA', label: t('common:language.ja') },
              { value: 'EN', label: t('common:language.en') },
            ]}
            value={values.locale}
            onChange={(locale) => locale && setValues({ ...values, locale: locale as Locale })}
            error={server.locale}
          />
          <Select
            label={t('account.systemRole')}
            allowDeselect={false}
            data={(['USER', 'ADMIN'] as const).map((role) => ({ value: role, label: t(`systemRole.${role}`) }))}
            value={values.systemRole}
            onChange={(role) => role && setValues({ ...values, systemRole: role as SystemRole })}
            error={server.systemRole}
          />
        </SimpleGrid>
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={fetching}>
            {t('account.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One account for admins: edit, a new set-password link, disable, audit history. */
export function AccountPage(): ReactNode {
  const { userId = '' } = useParams();
  const { t } = useTranslation('admin');
  const [result, reexecute] = useQuery({ query: AccountDocument, variables: { id: userId } });
  const [disabled, disable] = useMutation(DisableAccountDocument);
  const [issued, issue] = useMutation(IssuePasswordSetupLinkDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const account = result.data?.user;

  async function disableAccount() {
    if (!account || !window.confirm(t('account.confirmDisable', { name: account.displayName }))) return;
    setProblem(null);
    const response = await disable({ input: { userId: account.id } });
    const outcome = response.data?.disableUser;
    if (response.error) setProblem(errorMessage(response.error, t('common:error.network')));
    else if (isErrorResult(outcome)) setProblem(outcome.message);
    else notifySuccess(t('account.disabled', { name: account.displayName }));
  }

  async function issueLink() {
    if (!account) return;
    setProblem(null);
    const response = await issue({ input: { userId: account.id } });
    if (response.error) setProblem(errorMessage(response.error, t('common:error.network')));
  }

  const link = issued.data?.issuePasswordSetupLink;
  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {account && (
        <Stack gap="lg">
          <Stack gap={4}>
            <Anchor component={Link} to={`/admin/organizations/${account.organization.id}`} size="sm">
              {t('account.back', { name: account.organization.name })}
            </Anchor>
            <Group gap="xs">
              <Title order={1}>{account.displayName}</Title>
              <Badge c="dark.7" variant="light" color={account.status === 'ACTIVE' ? 'green' : 'gray'}>
                {t(`userStatus.${account.status}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {account.email}
            </Text>
          </Stack>
          <Card withBorder component="section" aria-labelledby="edit-account-heading">
            <Stack gap="sm">
              <Title order={2} size="h4" id="edit-account-heading">
                {t('account.edit')}
              </Title>
              <EditAccount
                key={account.id}
                account={account}
                organizations={result.data?.organizations.edges.map((edge) => edge.node) ?? []}
              />
            </Stack>
          </Card>
          <Card withBorder component="section" aria-labelledby="access-heading">
            <Stack gap="sm">
              <Title order={2} size="h4" id="access-heading">
                {t('account.access')}
              </Title>
              {link && <PasswordLink token={link.token} expiresAt={link.expiresAt} name={account.displayName} />}
              {problem && (
                <Alert color="red" role="alert">
                  {problem}
                </Alert>
              )}
              <Group>
                <Button variant="light" loading={issued.fetching} onClick={() => void issueLink()}>
                  {t('account.issueLink')}
                </Button>
                {account.status === 'ACTIVE' && (
                  <Button
                    color="red"
                    variant="outline"
                    loading={disabled.fetching}
                    onClick={() => void disableAccount()}
                  >
                    {t('account.disable')}
                  </Button>
                )}
              </Group>
            </Stack>
          </Card>
          <AuditHistory entityType="UserAccount" entityId={account.id} />
        </Stack>
      )}
    </QueryState>
  );
}
