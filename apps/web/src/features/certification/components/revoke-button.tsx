import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage, fieldErrors } from '../../../lib/graphql-errors';
import { isErrorResult } from '../../../lib/error-result';
import { notifySuccess } from '../../../lib/notify';
import { RevokeCertificateDocument } from '../documents';
import { NAMESPACE } from '../translations';

const REASON_MAX = 1000;

/** Revoke a certificate, with the reason (asked in a dialog). */
export function RevokeButton({
  certificateId,
  onRevoked,
}: {
  certificateId: string;
  onRevoked: () => void;
}): ReactNode {
  const { t } = useTranslation(NAMESPACE);
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching, error }, revoke] = useMutation(RevokeCertificateDocument);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) {
      setProblem(t('common:validation.required'));
      return;
    }
    const result = await revoke({ input: { certificateId, reason: reason.trim() } });
    const outcome = result.data?.revokeCertificate;
    if (isErrorResult(outcome)) {
      setProblem(outcome.message);
      return;
    }
    if (outcome) {
      notifySuccess(t('status.REVOKED'));
      setOpened(false);
      setReason('');
      onRevoked();
    }
  }

  const general = errorMessage(error, t('common:error.network'));
  return (
    <>
      <Button size="xs" variant="default" c="red.9" onClick={() => setOpened(true)}>
        {t('admin.revoke')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('admin.revokeTitle')}
        closeButtonProps={{ 'aria-label': t('common:close') }}
      >
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm">
            <Textarea
              label={t('admin.revokeReason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              maxLength={REASON_MAX}
              required
              autosize
              minRows={3}
              error={fieldErrors(error).reason ?? problem ?? undefined}
            />
            {general && !fieldErrors(error).reason && (
              <Alert color="red" role="alert">
                {general}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('admin.cancel')}
              </Button>
              <Button type="submit" color="red" loading={fetching}>
                {t('admin.revokeConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
