import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, PasswordInput, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { Locale, SystemRole } from '../../../gql/graphql';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';

/** Limits of CreateUserInput. */
export const ACCOUNT_LIMITS = { emailMax: 254, displayNameMax: 100, passwordMin: 12, passwordMax: 200 } as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface NewAccountValues {
  email: string;
  displayName: string;
  locale: Locale;
  systemRole: SystemRole;
  passwordMode: 'link' | 'password';
  password: string;
}

const EMPTY: NewAccountValues = {
  email: '',
  displayName: '',
  locale: 'JA',
  systemRole: 'USER',
  passwordMode: 'link',
  password: '',
};

/** A new account: its first password is typed by the admin or set by the person through a one-time link. */
export function NewAccountForm({
  fetching,
  error,
  resultError,
  onSubmit,
}: {
  fetching: boolean;
  error: CombinedError | undefined;
  resultError: string | null;
  onSubmit: (values: NewAccountValues) => Promise<boolean>;
}): ReactNode {
  const { t } = useTranslation('admin');
  const [values, setValues] = useState<NewAccountValues>(EMPTY);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const server = fieldErrors(error);
  const general =
    resultError ?? (error && !Object.keys(server).length ? errorMessage(error, t('common:error.network')) : null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!values.email.trim()) found.email = t('common:validation.required');
    else if (!EMAIL.test(values.email.trim()) || values.email.length > ACCOUNT_LIMITS.emailMax)
      found.email = t('common:validation.email');
    if (!values.displayName.trim()) found.displayName = t('common:validation.required');
    else if (values.displayName.length > ACCOUNT_LIMITS.displayNameMax)
      found.displayName = t('common:validation.maxLength', { max: ACCOUNT_LIMITS.displayNameMax });
    if (values.passwordMode === 'password') {
      if (values.password.length < ACCOUNT_LIMITS.passwordMin)
        found.password = t('common:validation.minLength', { min: ACCOUNT_LIMITS.passwordMin });
      else if (values.password.length > ACCOUNT_LIMITS.passwordMax)
        found.password = t('common:validation.maxLength', { max: ACCOUNT_LIMITS.passwordMax });
    }
    setProblems(found);
    if (Object.keys(found).length) return;
    if (await onSubmit(values)) setValues(EMPTY);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('account.email')}
            type="email"
            required
            autoComplete="off"
            maxLength={ACCOUNT_LIMITS.emailMax}
            value={values.email}
            onChange={(event) => setValues({ ...values, email: event.currentTarget.value })}
            error={problems.email ?? server.email}
          />
          <TextInput
            label={t('account.displayName')}
            required
            maxLength={ACCOUNT_LIMITS.displayNameMax}
            value={values.displayName}
            onChange={(event) => setValues({ ...values, displayName: event.currentTarget.value })}
            error={problems.displayName ?? server.displayName}
          />
          <Select
            label={t('account.locale')}
            data={[
              { value: 'JA', label: t('common:language.ja') },
              { value: 'EN', label: t('common:language.en') },
            ]}
            allowDeselect={false}
            value={values.locale}
            onChange={(locale) => locale && setValues({ ...values, locale: locale as Locale })}
            error={server.locale}
          />
          <Select
            label={t('account.systemRole')}
            data={(['USER', 'ADMIN'] as const).map((role) => ({ value: role, label: t(`systemRole.${role}`) }))}
            allowDeselect={false}
            value={values.systemRole}
            onChange={(role) => role && setValues({ ...values, systemRole: role as SystemRole })}
            error={server.systemRole}
          />
        </SimpleGrid>
        <Radio.Group
          label={t('account.firstPassword')}
          value={values.passwordMode}
          onChange={(mode) => setValues({ ...values, passwordMode: mode as NewAccountValues['passwordMode'] })}
        >
          <Stack gap={6} mt={6}>
            <Radio value="link" label={t('account.passwordByLink')} />
            <Radio value="password" label={t('account.passwordByAdmin')} />
          </Stack>
        </Radio.Group>
        {values.passwordMode === 'password' && (
          <PasswordInput
            label={t('account.password')}
            description={t('account.passwordHint', { min: ACCOUNT_LIMITS.passwordMin })}
            required
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => setValues({ ...values, password: event.currentTarget.value })}
            error={problems.password ?? server.password}
          />
        )}
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={fetching}>
            {t('account.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
