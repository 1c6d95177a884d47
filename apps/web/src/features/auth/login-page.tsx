import { useState, type ReactNode } from 'react';
import { Alert, Button, Container, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthRequestError, login } from '../../lib/auth-api';
import { useSession } from '../../lib/session-hooks';
import { LanguageSwitch } from '../../components/language-switch';

const EMAIL_MAX = 254;
const PASSWORD_MAX = 200;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Login with email and password; the api's messages (wrong password, too many attempts) are shown as worded. */
export function LoginPage(): ReactNode {
  const { t } = useTranslation('auth');
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) =>
        !value.trim()
          ? t('errors.emailRequired')
          : value.length > EMAIL_MAX
            ? t('errors.tooLong', { max: EMAIL_MAX })
            : EMAIL_PATTERN.test(value.trim())
              ? null
              : t('errors.emailInvalid'),
      password: (value) =>
        !value
          ? t('errors.passwordRequired')
          : value.length > PASSWORD_MAX
            ? t('errors.tooLong', { max: PASSWORD_MAX })
            : null,
    },
  });

  if (session) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = form.onSubmit(async ({ email, password }) => {
    setSubmitting(true);
    setFailure(null);
    try {
      const result = await login(email.trim(), password);
      if ('message' in result) setFailure(result.message);
      else void navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      setFailure(error instanceof AuthRequestError ? error.message : t('errors.network'));
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <Container size={420} py={{ base: 'xl', sm: 80 }} component="main">
      <Stack gap="lg">
        <Stack gap={4} align="center">
          <Title order={1} c="indigo.8">
            {t('title')}
          </Title>
          <Text c="dimmed" ta="center" size="sm">
            {t('tagline')}
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              {failure && (
                <Alert color="red" role="alert" title={t('failedTitle')}>
                  {failure}
                </Alert>
              )}
              <TextInput
                label={t('email')}
                type="email"
                autoComplete="username"
                required
                maxLength={EMAIL_MAX}
                key={form.key('email')}
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label={t('password')}
                autoComplete="current-password"
                required
                maxLength={PASSWORD_MAX}
                key={form.key('password')}
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={submitting} fullWidth>
                {t('submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Group justify="center">
          <LanguageSwitch />
        </Group>
      </Stack>
    </Container>
  );
}
