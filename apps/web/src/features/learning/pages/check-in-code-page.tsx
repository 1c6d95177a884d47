import type { ReactNode } from 'react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { ActivityCheckInCodeDocument } from '../documents';
import { QrCode } from '../components/qr-code';

/** The check-in code for the room's projector: the code in large type and a QR code of the check-in link. */
export function CheckInCodePage(): ReactNode {
  const { programId = '', activityId = '' } = useParams();
  const { t, i18n } = useTranslation('learning');
  const [result, reexecute] = useQuery({ query: ActivityCheckInCodeDocument, variables: { activityId } });
  const activity = result.data?.learningActivity;
  const code = result.data?.activityCheckInCode;
  const link = code
    ? `${window.location.origin}/learning/check-in?activity=${encodeURIComponent(activityId)}&code=${encodeURIComponent(code.code)}`
    : '';

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/programs/${programId}/learning/${activityId}`} size="sm">
        {t('code.back')}
      </Anchor>
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {activity && code && (
          <Card withBorder padding="xl">
            <Stack align="center" gap="md">
              <Title order={1} ta="center">
                {activity.title}
              </Title>
              <Text ta="center">{t('code.instructions')}</Text>
              <Group justify="center" gap={48} align="center">
                <Stack align="center" gap={4}>
                  <Text size="sm" c="dimmed">
                    {t('code.label')}
                  </Text>
                  <Text
                    data-testid="check-in-code"
                    fw={800}
                    style={{
                      fontFamily: 'monospace',
                      fontSize: 'clamp(48px, 10vw, 120px)',
                      letterSpacing: '0.15em',
                      lineHeight: 1.1,
                    }}
                  >
                    {code.code}
                  </Text>
                </Stack>
                <QrCode value={link} label={t('code.qrLabel', { title: activity.title })} />
              </Group>
              <Text size="sm" c="dimmed" ta="center">
                {t('code.validity', {
                  from: formatDateTime(code.validFrom, i18n.language),
                  until: formatDateTime(code.validUntil, i18n.language),
                })}
              </Text>
              <Text size="xs" c="dimmed" ta="center" style={{ overflowWrap: 'anywhere' }}>
                {link}
              </Text>
            </Stack>
          </Card>
        )}
      </QueryState>
    </Stack>
  );
}
