import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, Card, Center, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { LanguageSwitch } from '../../../components/language-switch';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';
import { SetPasswordWithTokenDocument } from '../documents';
import { PASSWORD_LIMITS } from '../password-limits';

/** Public: a person opens the one-time link from their admin and chooses their password. */
export function SetPasswordPage(): ReactNode {
  const { t } = useTranslation('account');
  const token = useLocation().hash.replace(/^#/, '');
  const [values, setValues] = useState({ newPassword: '', confirm: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [resultError, setResultError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching, error }, setPassword] = useMutation(SetPasswordWithTokenDocument);
  const server = fieldErrors(error);
  const general = resultError ?? (error && !server.newPassword ? errorMessage(error, t('common:error.network')) : null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setResultError(null);
    const found: Record<string, string> = {};
    if (values.newPassword.length < PASSWORD_LIMITS.min)
      found.newPassword = t('common:validation.minLength', { min: PASSWORD_LIMITS.min });
    else if (values.newPassword.length > PASSWORD_LIMITS.max)
      found.newPassword = t('common:validation.maxLength', { max: PASSWORD_LIMITS.max });
    if (values.confirm !== values.newPassword) found.confirm = t('password.mismatch');
    setProblems(found);
    if (Object.keys(found).length) return;
    const response = await setPassword({ input: { token, newPassword: values.newPassword } });
    const outcome = response.data?.setPasswordWithToken;
    if (isErrorResult(outcome)) setResultError(outcome.message);
    else if (outcome) setDone(true);
  }

  return (
    <Center mih="100vh" p="md" component="main">
      <Card withBorder w="100%" maw={440} padding="lg">
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('setPassword.title')}
          </Title>
          {!token ? (
            <Alert color="red" role="alert">
              {t('setPassword.noToken')}
            </Alert>
          ) : done ? (
            <Stack gap="sm">
              <Alert color="green" role="status">
                {t('setPassword.done')}
              </Alert>
              <Anchor component={Link} to="/login">
                {t('setPassword.toLogin')}
              </Anchor>
            </Stack>
          ) : (
            <form onSubmit={(event) => void submit(event)} noValidate>
              <Stack gap="sm">
                <Text size="sm">{t('setPassword.intro', { min: PASSWORD_LIMITS.min })}</Text>
                <PasswordInput
                  label={t('password.new')}
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
                <Button type="submit" loading={fetching}>
                  {t('setPassword.submit')}
                </Button>
              </Stack>
            </form>
          )}
          <LanguageSwitch />
        </Stack>
      </Card>
    </Center>
  );
}
