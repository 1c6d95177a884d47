import type { ReactNode } from 'react';
import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifySuccess } from '../../../lib/notify';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../../components/query-state';
import { CreateOrganizationDocument, OrganizationsDocument } from '../documents';
import { OrganizationForm } from '../components/organization-form';
import { ScrollTable } from '../../../components/scroll-table';

/** The admin's setup page: organisations (and through them accounts) and programs. */
export function AdminHomePage(): ReactNode {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const [result, reexecute] = useQuery({ query: OrganizationsDocument, variables: {} });
  const [created, create] = useMutation(CreateOrganizationDocument);
  const organizations = result.data?.organizations.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t('home.title')}</Title>
        <Group>
          <Button component={Link} to="/programs" variant="light">
            {t('home.programs')}
          </Button>
          <Button component={Link} to="/programs/new">
            {t('home.newProgram')}
          </Button>
        </Group>
      </Group>
      <Card withBorder component="section" aria-labelledby="new-organization-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="new-organization-heading">
            {t('home.newOrganization')}
          </Title>
          <OrganizationForm
            initial={{ name: '', kind: null, sector: null, prefecture: '' }}
            submitLabel={t('home.createOrganization')}
            fetching={created.fetching}
            error={created.error}
            onSubmit={async (values) => {
              const response = await create({
                input: {
                  name: values.name.trim(),
                  kind: values.kind,
                  sector: values.sector,
                  prefecture: values.prefecture.trim() || null,
                },
              });
              const organization = response.data?.createOrganization;
              if (!organization) return false;
              notifySuccess(t('home.organizationCreated', { name: organization.name }));
              void navigate(`/admin/organizations/${organization.id}`);
              return true;
            }}
          />
        </Stack>
      </Card>
      <Stack gap="sm" component="section" aria-labelledby="organizations-heading">
        <Title order={2} size="h3" id="organizations-heading">
          {t('home.organizations', { count: result.data?.organizations.totalCount ?? 0 })}
        </Title>
        <QueryState
          result={result}
          empty={organizations.length === 0}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          <ScrollTable minWidth={560}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('organization.name')}</Table.Th>
                  <Table.Th>{t('organization.kind')}</Table.Th>
                  <Table.Th>{t('organization.sector')}</Table.Th>
                  <Table.Th>{t('organization.prefecture')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organizations.map((organization) => (
                  <Table.Tr key={organization.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/admin/organizations/${organization.id}`}>
                        {organization.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`organizationKind.${organization.kind}`)}</Table.Td>
                    <Table.Td>{t(`sector.${organization.sector}`)}</Table.Td>
                    <Table.Td>{organization.prefecture ?? <Text c="dimmed">–</Text>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </QueryState>
      </Stack>
    </Stack>
  );
}
