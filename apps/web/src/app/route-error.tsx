import type { ReactNode } from 'react';
import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown when a page fails to load (e.g. a chunk is gone after a deploy): one click reloads. */
export function RouteError(): ReactNode {
  const { t } = useTranslation('app');
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>{t('routeError.title')}</Title>
        <Text>{t('routeError.body')}</Text>
        <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
      </Stack>
    </Container>
  );
}
