import { useState, type ReactNode } from 'react';
import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { errorMessage } from '../../../lib/graphql-errors';
import { CertificateCredentialDocument } from '../documents';
import { NAMESPACE } from '../translations';

/** Saves the certificate's signed Open Badges credential (a VC-JWT) as a file. */
export function DownloadCredentialButton({ certificateId }: { certificateId: string }): ReactNode {
  const { t } = useTranslation(NAMESPACE);
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setProblem(null);
    const result = await client
      .query(CertificateCredentialDocument, { certificateId }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    const credential = result.data?.certificateCredential;
    if (!credential) {
      setProblem(errorMessage(result.error, t('common:error.network')));
      return;
    }
    const url = URL.createObjectURL(new Blob([credential.jwt], { type: credential.mediaType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = credential.fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <Stack gap={4} align="flex-start">
      <Button size="xs" variant="light" onClick={() => void download()} loading={busy}>
        {t('certificates.download')}
      </Button>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
