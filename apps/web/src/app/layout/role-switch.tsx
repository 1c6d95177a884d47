import type { ReactNode } from 'react';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRoles, type AppRole } from '../../lib/roles';
import { homeOf } from '../navigation';

/** For people who hold several roles (e.g. mentor and trainee): which one they act in now. */
export function RoleSwitch({ onSwitched }: { onSwitched: () => void }): ReactNode {
  const { t } = useTranslation('app');
  const { roles, role, setRole } = useRoles();
  const navigate = useNavigate();
  if (roles.length < 2 || !role) {
    return role ? (
      <Text size="sm" c="dimmed">
        {t(`roles.${role}`)}
      </Text>
    ) : null;
  }
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" id="role-switch-label">
        {t('layout.actingAs')}
      </Text>
      <SegmentedControl
        aria-labelledby="role-switch-label"
        fullWidth
        size="xs"
        value={role}
        data={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
        onChange={(value) => {
          const next = value as AppRole;
          setRole(next);
          onSwitched();
          void navigate(homeOf(next));
        }}
      />
    </Stack>
  );
}
