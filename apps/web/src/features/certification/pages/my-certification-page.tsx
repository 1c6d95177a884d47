import { useState, type ReactNode } from 'react';
import { Anchor, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/query-state';
import { formatDate } from '../../../lib/format';
import { useRoles } from '../../../lib/roles';
import { useSession } from '../../../lib/session-hooks';
import { MyCertificatesDocument, MyCertificationDocument } from '../documents';
import { RuleProgressCard, traineeRecordLink } from '../components/rule-progress-card';
import { CertificateStatusBadge } from '../components/certificate-status-badge';
import { DownloadCredentialButton } from '../components/download-credential-button';
import { NAMESPACE } from '../translations';

/** The trainee's path to certification (認定までの道のり) and their certificates (マイ認定証), phone first. */
export function MyCertificationPage(): ReactNode {
  const { t } = useTranslation(NAMESPACE);
  const session = useSession();
  const { programs } = useRoles();
  const mine = programs.filter((program) => program.roles.includes('TRAINEE'));
  const [picked, setPicked] = useState<string | null>(null);
  const programId = picked ?? mine[0]?.id ?? '';
  const [progress, reexecute] = useQuery({
    query: MyCertificationDocument,
    variables: { programId, traineeId: session?.user.id ?? '' },
    pause: !programId || !session,
  });

  return (
    <Stack gap="lg">
      <Stack gap={2}>
        <Title order={1}>{t('path.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('path.intro')}
        </Text>
      </Stack>
      {mine.length > 1 && (
        <Select
          label={t('path.program')}
          data={mine.map((program) => ({ value: program.id, label: program.name }))}
          value={programId}
          onChange={setPicked}
          allowDeselect={false}
        />
      )}
      {!programId ? (
        <Text c="dimmed">{t('path.noProgram')}</Text>
      ) : (
        <QueryState result={progress} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
          {progress.data?.certificationProgress.rules.map((rule) => (
            <RuleProgressCard key={rule.ruleId} rule={rule} recordLink={traineeRecordLink} />
          ))}
        </QueryState>
      )}
      <MyCertificates />
    </Stack>
  );
}

function MyCertificates(): ReactNode {
  const { t, i18n } = useTranslation(NAMESPACE);
  const [result, reexecute] = useQuery({ query: MyCertificatesDocument });
  const certificates = result.data?.myCertificates ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="my-certificates">
      <Title order={2} id="my-certificates">
        {t('certificates.title')}
      </Title>
      <QueryState
        result={result}
        empty={!certificates.length}
        emptyText={t('certificates.empty')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {certificates.map((certificate) => (
          <Card key={certificate.id} withBorder padding="md" data-testid="my-certificate">
            <Stack gap="xs">
              <Group justify="space-between" gap="xs">
                <Text fw={600}>{t(`kind.${certificate.kind}`)}</Text>
                <CertificateStatusBadge status={certificate.status} />
              </Group>
              {certificate.program && (
                <Text size="sm" c="dimmed">
                  {certificate.program.name}
                </Text>
              )}
              <Text size="sm">
                {t('certificates.issued')}: {formatDate(certificate.issuedAt, i18n.language)} ·{' '}
                {t('certificates.expires')}: {formatDate(certificate.expiresAt, i18n.language)}
              </Text>
              {certificate.revokedAt && (
                <Text size="sm" c="red.9">
                  {t('certificates.revoked')}: {formatDate(certificate.revokedAt, i18n.language)}
                  {certificate.revokeReason ? ` · ${t('certificates.reason')}: ${certificate.revokeReason}` : ''}
                </Text>
              )}
              <Text size="sm">
                {t('certificates.code')}: <code>{certificate.verificationCode}</code>
              </Text>
              <Anchor component={Link} to={`/verify/${certificate.verificationCode}`} size="sm">
                {t('certificates.verifyLink')}
              </Anchor>
              <DownloadCredentialButton certificateId={certificate.id} />
            </Stack>
          </Card>
        ))}
      </QueryState>
    </Stack>
  );
}
