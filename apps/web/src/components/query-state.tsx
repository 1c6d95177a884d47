import type { ReactNode } from 'react';
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { AnyVariables, UseQueryState } from 'urql';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/graphql-errors';

interface QueryStateProps<Data, Variables extends AnyVariables> {
  result: UseQueryState<Data, Variables>;
  /** True when the data is there but has nothing to show */
  empty?: boolean;
  emptyText?: string;
  onRetry?: () => void;
  children: ReactNode;
}

/** Loading, error and empty states of a page or section, the same everywhere. */
export function QueryState<Data, Variables extends AnyVariables>({
  result,
  empty,
  emptyText,
  onRetry,
  children,
}: QueryStateProps<Data, Variables>): ReactNode {
  const { t } = useTranslation('common');
  if (result.fetching && !result.data) {
    return (
      <Center py="xl">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }
  if (result.error && !result.data) {
    return (
      <Alert color="red" role="alert" title={t('error.title')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(result.error, t('error.network'))}</Text>
          {onRetry && (
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {t('error.retry')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  if (empty) {
    return (
      <Text c="dimmed" py="md">
        {emptyText ?? t('empty')}
      </Text>
    );
  }
  return children;
}
