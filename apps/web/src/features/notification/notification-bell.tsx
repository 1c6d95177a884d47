import type { ReactNode } from 'react';
import { ActionIcon, Indicator } from '@mantine/core';
import { useQuery } from 'urql';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BellIcon } from '../../components/icons';
import { UnreadCountQuery } from './documents';

/** The bell in the header with the number of unread notifications. */
export function NotificationBell(): ReactNode {
  const { t } = useTranslation('notification');
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: UnreadCountQuery });
  const unread = data?.notifications.totalCount ?? 0;
  return (
    <Indicator label={unread} size={18} disabled={unread === 0} color="red" offset={4} aria-hidden={false}>
      <ActionIcon
        variant="subtle"
        size="lg"
        aria-label={t('bell', { count: unread })}
        onClick={() => void navigate('/notifications')}
        data-testid="notification-bell"
      >
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}
