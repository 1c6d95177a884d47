import type { ReactNode } from 'react';
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session-hooks';
import { logout } from '../../lib/auth-api';

/** The person's name in the header; their account and logout behind it. */
export function UserMenu(): ReactNode {
  const { t } = useTranslation('app');
  const session = useSession();
  const navigate = useNavigate();
  if (!session) return null;
  const { displayName, organizationName } = session.user;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('layout.userMenu', { name: displayName })} data-testid="user-menu">
          <Group gap={6} wrap="nowrap">
            <Avatar size="sm" color="indigo" radius="xl" aria-hidden>
              {displayName.slice(0, 1)}
            </Avatar>
            <Text size="sm" fw={600} maw={{ base: 96, sm: 200 }} truncate="end">
              {displayName}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{organizationName}</Menu.Label>
        <Menu.Item onClick={() => void navigate('/account')}>{t('layout.account')}</Menu.Item>
        <Menu.Item
          color="red"
          onClick={() => {
            void logout().finally(() => void navigate('/login'));
          }}
        >
          {t('layout.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
