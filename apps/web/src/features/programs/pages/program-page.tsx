import { Alert, Anchor, Badge, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { ProgramDetailQuery } from '../../../gql/graphql';
import { ProgramDetailDocument } from '../documents';
import { MembersPanel } from '../components/members-panel';
import { PairingsPanel } from '../components/pairings-panel';
import { VisitsPanel } from '../components/visits-panel';
import { ProgramSettings } from '../components/program-settings';

export type ProgramDetail = ProgramDetailQuery['program'];

const STATUS_COLOR = { DRAFT: 'gray', ACTIVE: 'green', CLOSED: 'dark' } as const;
const TABS = ['members', 'pairings', 'visits', 'settings'] as const;
type Tab = (typeof TABS)[number];

/** A program at a glance for its owner (and admins): members, pairings, visits per trainee, settings. */
export function ProgramPage() {
  const { programId = '' } = useParams();
  const { t } = useTranslation('programs');
  const [search, setSearch] = useSearchParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProgramDetailDocument,
    variables: { id: programId },
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (error || !data) {
    return (
      <Alert color="red" title={t('common:error.title')}>
        {error?.message}
      </Alert>
    );
  }
  const program = data.program;
  const canManage =
    data.me.systemRole === 'ADMIN' ||
    program.members.some(
      (member) => member.userId === data.me.id && member.role === 'OWNER' && member.status === 'ACTIVE',
    );
  const requested = search.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'members';

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={1}>{program.name}</Title>
          <Badge c="dark.7" variant="light" color={STATUS_COLOR[program.status]}>
            {t(`status.${program.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('detail.summary', {
            fiscalYear: program.fiscalYear,
            region: program.region,
            startsOn: program.startsOn,
            endsOn: program.endsOn,
            operator: program.operatorOrganization?.name ?? '',
          })}
        </Text>
        <Group gap="md">
          <Anchor component={Link} to={`/programs/${program.id}/matrix`}>
            {t('detail.matrixLink')}
          </Anchor>
          {canManage && (
            <Anchor component={Link} to={`/programs/${program.id}/certification`}>
              {t('detail.certificationLink')}
            </Anchor>
          )}
          {canManage && program.status !== 'CLOSED' && (
            <Anchor component={Link} to={`/programs/${program.id}/roster`}>
              {t('detail.rosterLink')}
            </Anchor>
          )}
          <Anchor component={Link} to={`/programs/${program.id}/learning`}>
            {t('detail.learningLink')}
          </Anchor>
        </Group>
      </Stack>
      <Tabs value={tab} onChange={(value) => setSearch(value ? { tab: value } : {}, { replace: true })}>
        <Tabs.List>
          <Tabs.Tab value="members">{t('tabs.members')}</Tabs.Tab>
          <Tabs.Tab value="pairings">{t('tabs.pairings')}</Tabs.Tab>
          <Tabs.Tab value="visits">{t('tabs.visits')}</Tabs.Tab>
          <Tabs.Tab value="settings">{t('tabs.settings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="members" pt="md">
          <MembersPanel program={program} canManage={canManage} onChanged={refresh} />
        </Tabs.Panel>
        <Tabs.Panel value="pairings" pt="md">
          <PairingsPanel program={program} canManage={canManage} onChanged={refresh} />
        </Tabs.Panel>
        <Tabs.Panel value="visits" pt="md">
          {tab === 'visits' && <VisitsPanel program={program} />}
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <ProgramSettings program={program} canManage={canManage} onChanged={refresh} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
