import type { ReactNode } from 'react';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollTable } from '../../../components/scroll-table';
import { formatDate } from '../../../lib/format';
import type { ProgramCertification } from '../pages/certification-admin-page';
import { CertificateStatusBadge } from './certificate-status-badge';
import { RevokeButton } from './revoke-button';
import { NAMESPACE } from '../translations';

/** The program's certificates, newest first, with Revoke for the active ones. */
export function CertificatesPanel({
  data,
  onChanged,
}: {
  data: ProgramCertification;
  onChanged: () => void;
}): ReactNode {
  const { t, i18n } = useTranslation(NAMESPACE);
  const names = new Map(data.program.members.map((member) => [member.userId, member.user?.displayName]));
  const certificates = data.certificates.edges.map((edge) => edge.node);
  if (!certificates.length) return <Text c="dimmed">{t('admin.noCertificates')}</Text>;
  return (
    <ScrollTable minWidth={860}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.holder')}</Table.Th>
            <Table.Th>{t('admin.kind')}</Table.Th>
            <Table.Th>{t('admin.status')}</Table.Th>
            <Table.Th>{t('admin.issuedAt')}</Table.Th>
            <Table.Th>{t('admin.expiresAt')}</Table.Th>
            <Table.Th>{t('admin.code')}</Table.Th>
            <Table.Th>{t('admin.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {certificates.map((certificate) => (
            <Table.Tr key={certificate.id}>
              <Table.Td>{names.get(certificate.userId) ?? certificate.userId}</Table.Td>
              <Table.Td>{t(`kind.${certificate.kind}`)}</Table.Td>
              <Table.Td>
                <CertificateStatusBadge status={certificate.status} />
              </Table.Td>
              <Table.Td>{formatDate(certificate.issuedAt, i18n.language)}</Table.Td>
              <Table.Td>{formatDate(certificate.expiresAt, i18n.language)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/verify/${certificate.verificationCode}`}>
                  {certificate.verificationCode}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {certificate.status === 'ACTIVE' && (
                  <RevokeButton certificateId={certificate.id} onRevoked={onChanged} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
