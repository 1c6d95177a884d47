import type { ReactNode } from 'react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '../../../gql/graphql';
import { NAMESPACE } from '../translations';

export const STATUS_COLOR: Record<CertificateStatus, string> = { ACTIVE: 'green', EXPIRED: 'gray', REVOKED: 'red' };

/** ACTIVE / EXPIRED / REVOKED in words and colour (the colour never carries the meaning alone). */
export function CertificateStatusBadge({
  status,
  size = 'md',
}: {
  status: CertificateStatus;
  size?: 'md' | 'lg' | 'xl';
}): ReactNode {
  const { t } = useTranslation(NAMESPACE);
  return (
    <Badge size={size} color={STATUS_COLOR[status]} c="dark.7" variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}
