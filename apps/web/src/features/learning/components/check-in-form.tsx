import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/graphql-errors';
import { formatDateTime } from '../../../lib/format';
import { CheckInDocument } from '../documents';

interface CheckInFormProps {
  activityId: string;
  /** When the person is already marked present */
  checkedInAt?: string | null;
  attended: boolean;
  /** A code from a QR link: filled in and sent once */
  initialCode?: string;
  onCheckedIn?: () => void;
}

/** Self check-in with the code shown in the room: typed on the phone, or filled in from the QR code's link. */
export function CheckInForm({
  activityId,
  checkedInAt,
  attended,
  initialCode,
  onCheckedIn,
}: CheckInFormProps): ReactNode {
  const { t, i18n } = useTranslation('learning');
  const [code, setCode] = useState(initialCode ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [{ fetching }, checkIn] = useMutation(CheckInDocument);
  const sentFromLink = useRef(false);

  const send = async (value: string): Promise<void> => {
    setFailure(null);
    if (!value.trim()) {
      setFailure(t('checkIn.codeRequired'));
      return;
    }
    const result = await checkIn({ input: { activityId, code: value.trim() } });
    const outcome = result.data?.checkIn;
    if (result.error || !outcome) {
      setFailure(errorMessage(result.error, t('common:error.network')));
      return;
    }
    if (outcome.__typename === 'Participation') {
      setDone(outcome.checkedInAt ?? new Date().toISOString());
      onCheckedIn?.();
      return;
    }
    if (outcome.__typename === 'WrongCheckInCodeError') {
      setFailure(`${outcome.message} ${t('checkIn.attemptsLeft', { count: outcome.attemptsLeft })}`);
      return;
    }
    if ('message' in outcome) setFailure(outcome.message);
  };

  useEffect(() => {
    if (initialCode && !attended && !sentFromLink.current) {
      sentFromLink.current = true;
      void send(initialCode);
    }
    // Sent once when the page opens from the QR link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const presentSince = done ?? (attended ? checkedInAt : null);
  if (done || attended) {
    return (
      <Alert color="green" data-testid="checked-in" title={t('checkIn.doneTitle')}>
        {presentSince ? t('checkIn.doneAt', { time: formatDateTime(presentSince, i18n.language) }) : t('checkIn.done')}
      </Alert>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send(code);
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('checkIn.help')}</Text>
        {failure && (
          <Alert color="red" role="alert" data-testid="check-in-error">
            {failure}
          </Alert>
        )}
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            style={{ flex: 1, maxWidth: 240 }}
            label={t('checkIn.code')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value.toUpperCase())}
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            size="lg"
            styles={{ input: { letterSpacing: '0.2em', fontFamily: 'monospace' } }}
          />
          <Button type="submit" size="lg" loading={fetching}>
            {t('checkIn.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
