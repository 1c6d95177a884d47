import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { ProgramCertificationQuery } from '../../../gql/graphql';
import { ProgramCertificationDocument } from '../documents';
import { ProgressPanel } from '../components/progress-panel';
import { CertificatesPanel } from '../components/certificates-panel';
import { RulesEditor } from '../components/rules-editor';
import { AdvisorsPanel } from '../components/advisors-panel';
import { NAMESPACE } from '../translations';

export type ProgramCertification = ProgramCertificationQuery;

const TABS = ['progress', 'certificates', 'rules', 'advisors'] as const;
type Tab = (typeof TABS)[number];

/** The owner's certification page of a program: progress and issuing, certificates, rules, external advisors. */
export function CertificationAdminPage(): ReactNode {
  const { programId = '' } = useParams();
  const { t } = useTranslation(NAMESPACE);
  const [search, setSearch] = useSearchParams();
  // Kept here so that the person picked stays picked across the tabs.
  const [traineeId, setTraineeId] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProgramCertificationDocument,
    variables: { programId },
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (error || !data) {
    return (
      <Alert color="red" role="alert" title={t('common:error.title')}>
        {error?.message}
      </Alert>
    );
  }
  const requested = search.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'progress';

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Anchor component={Link} to={`/programs/${programId}`} size="sm">
          {t('admin.back')}
        </Anchor>
        <Title order={1}>{t('admin.title', { program: data.program.name })}</Title>
      </Stack>
      <Tabs value={tab} onChange={(value) => setSearch(value ? { tab: value } : {}, { replace: true })}>
        <Tabs.List>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`admin.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="progress" pt="md">
          {tab === 'progress' && (
            <ProgressPanel data={data} onChanged={refresh} traineeId={traineeId} onPick={setTraineeId} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="certificates" pt="md">
          {tab === 'certificates' && <CertificatesPanel data={data} onChanged={refresh} />}
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="md">
          {tab === 'rules' && <RulesEditor data={data} onChanged={refresh} />}
        </Tabs.Panel>
        <Tabs.Panel value="advisors" pt="md">
          {tab === 'advisors' && <AdvisorsPanel data={data} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
