import type { ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function FullPageLoader(): ReactNode {
  const { t } = useTranslation('common');
  return (
    <Center h="100vh">
      <Loader aria-label={t('loading')} />
    </Center>
  );
}
