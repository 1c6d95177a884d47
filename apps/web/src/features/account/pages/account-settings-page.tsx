import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Group, PasswordInput, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifySuccess } from '../../../lib/notify';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../../components/query-state';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';
import { changeLanguage, type Language } from '../../../lib/i18n';
import { logout, setSessionLocale } from '../../../lib/auth-api';
import {
  ChangeLanguageDocument,
  ChangePasswordDocument,
  LogoutEverywhereDocument,
  MyAccountDocument,
} from '../documents';
import { PASSWORD_LIMITS } from '../password-limits';

function ChangePassword(): ReactNode {
  const { t } = useTranslation('account');
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirm: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [resultError, setResultError] = useState<string | null>(null);
  const [{ fetching, error }, change] = useMutation(ChangePasswordDocument);
  const server = fieldErrors(error);
  const general =
    resultError ?? (error && !Object.keys(server).length ? errorMessage(error, t('common:error.network')) : null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setResultError(null);
    const found: Record<string, string> = {};
    if (!values.currentPassword) found.currentPassword = t('common:validation.required');
    if (values.newPassword.length < PASSWORD_LIMITS.min)
      found.newPassword = t('common:validation.minLength', { min: PASSWORD_LIMITS.min });
    else if (values.newPassword.length > PASSWORD_LIMITS.max)
      found.newPassword = t('common:validation.maxLength', { max: PASSWORD_LIMITS.max });
    if (values.confirm !== values.newPassword) found.confirm = t('password.mismatch');
    setProblems(found);
    if (Object.keys(found).length) return;
    const response = await change({
      input: { currentPassword: values.currentPassword, newPassword: values.newPassword },
    });
    const outcome = response.data?.changePassword;
    if (isErrorResult(outcome)) setResultError(outcome.message);
    else if (outcome) {
      setValues({ currentPassword: '', newPassword: '', confirm: '' });
      notifySuccess(t('password.changed'));
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby="password-heading">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="password-heading">
            {t('password.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('password.intro')}
          </Text>
          <PasswordInput
            label={t('password.current')}
            required
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={(event) => setValues({ ...values, currentPassword: event.currentTarget.value })}
            error={problems.currentPassword ?? server.currentPassword}
          />
          <PasswordInput
            label={t('password.new')}
            description={t('password.hint', { min: PASSWORD_LIMITS.min })}
            required
            autoComplete="new-password"
            value={values.newPassword}
            onChange={(event) => setValues({ ...values, newPassword: event.currentTarget.value })}
            error={problems.newPassword ?? server.newPassword}
          />
          <PasswordInput
            label={t('password.confirm')}
            required
            autoComplete="new-password"
            value={values.confirm}
            onChange={(event) => setValues({ ...values, confirm: event.currentTarget.value })}
            error={problems.confirm}
          />
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={fetching}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The signed-in person's account: language, password, sessions. */
export function AccountSettingsPage(): ReactNode {
  const { t, i18n } = useTranslation('account');
  const navigate = useNavigate();
  const [result, reexecute] = useQuery({ query: MyAccountDocument });
  const [language, setLanguage] = useMutation(ChangeLanguageDocument);
  const [everywhere, logoutEverywhere] = useMutation(LogoutEverywhereDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const me = result.data?.me;

  async function switchLanguage(next: Language) {
    if (!me) return;
    setProblem(null);
    const response = await setLanguage({ input: { userId: me.id, locale: next === 'en' ? 'EN' : 'JA' } });
    const outcome = response.data?.updateUser;
    if (response.error) setProblem(errorMessage(response.error, t('common:error.network')));
    else if (isErrorResult(outcome)) setProblem(outcome.message);
    else {
      await changeLanguage(next);
      if (outcome?.__typename === 'User') setSessionLocale(outcome.locale);
    }
  }

  async function endAllSessions() {
    if (!window.confirm(t('sessions.confirm'))) return;
    setProblem(null);
    const response = await logoutEverywhere({});
    if (response.error) {
      setProblem(errorMessage(response.error, t('common:error.network')));
      return;
    }
    await logout().catch(() => undefined);
    void navigate('/login');
  }

  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {me && (
        <Stack gap="lg" maw={720}>
          <Stack gap={4}>
            <Title order={1}>{t('title')}</Title>
            <Text>{me.displayName}</Text>
            <Text size="sm" c="dimmed">
              {me.email} · {me.organization.name}
            </Text>
          </Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Card withBorder component="section" aria-labelledby="language-heading">
            <Stack gap="sm">
              <Title order={2} size="h4" id="language-heading">
                {t('language.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('language.intro')}
              </Text>
              <SegmentedControl
                aria-labelledby="language-heading"
                value={i18n.language}
                disabled={language.fetching}
                data={[
                  { value: 'ja', label: t('common:language.ja') },
                  { value: 'en', label: t('common:language.en') },
                ]}
                onChange={(value) => void switchLanguage(value as Language)}
              />
            </Stack>
          </Card>
          <ChangePassword />
          <Card withBorder component="section" aria-labelledby="sessions-heading">
            <Stack gap="sm">
              <Title order={2} size="h4" id="sessions-heading">
                {t('sessions.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('sessions.intro')}
              </Text>
              <Group>
                <Button
                  color="red"
                  variant="outline"
                  loading={everywhere.fetching}
                  onClick={() => void endAllSessions()}
                >
                  {t('sessions.logoutEverywhere')}
                </Button>
              </Group>
            </Stack>
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
