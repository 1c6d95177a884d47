import { Suspense, type ReactNode } from 'react';
import { AppShell, Burger, Group, NavLink, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRoles } from '../../lib/roles';
import { FullPageLoader } from '../../components/full-page-loader';
import { LanguageSwitch } from '../../components/language-switch';
import { NotificationBell } from '../../features/notification';
import { NAVIGATION, homeOf } from '../navigation';
import { RoleSwitch } from './role-switch';
import { UserMenu } from './user-menu';

/** The frame of every signed-in page: header (name, role, bell), navigation for the role, the page. */
export function AppLayout(): ReactNode {
  const { t } = useTranslation('app');
  const [opened, { toggle, close }] = useDisclosure(false);
  const { role } = useRoles();
  const navigate = useNavigate();
  const items = role ? NAVIGATION[role] : [];

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(opened ? 'layout.closeMenu' : 'layout.openMenu')}
            />
            <UnstyledButton onClick={() => void navigate(homeOf(role))} aria-label={t('layout.home')}>
              <Text fw={800} size="lg" c="indigo.8">
                {t('layout.brand')}
              </Text>
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('layout.navigation')}>
        <AppShell.Section>
          <RoleSwitch onSwitched={close} />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea} mt="sm">
          <nav aria-label={t('layout.navigation')}>
            <Stack gap={2}>
              {items.map((item) => (
                <NavLink
                  key={item.to}
                  component={RouterNavLink}
                  to={item.to}
                  end={item.end}
                  label={t(item.label)}
                  onClick={close}
                />
              ))}
            </Stack>
          </nav>
        </AppShell.Section>
        <AppShell.Section>
          <LanguageSwitch />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<FullPageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
