import type { ReactNode } from 'react';
import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';

/** The one-time set-password link to hand to the person (shown once; not stored by the app). */
export function PasswordLink({
  token,
  expiresAt,
  name,
}: {
  token: string;
  expiresAt: string;
  name: string;
}): ReactNode {
  const { t, i18n } = useTranslation('admin');
  const url = `${window.location.origin}/set-password#${token}`;
  return (
    <Alert color="blue" title={t('link.title', { name })}>
      <Stack gap="xs">
        <Text size="sm">{t('link.explain', { date: formatDateTime(expiresAt, i18n.language) })}</Text>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput label={t('link.label')} value={url} readOnly style={{ flex: 1 }} data-testid="password-link" />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? t('link.copied') : t('link.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
