import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { useEffect, useState, type ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { Provider as UrqlProvider } from 'urql';
import { RouterProvider } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { createGraphqlClient } from '../lib/client';
import { initI18n } from '../lib/i18n';
import { refresh, startSilentRefresh } from '../lib/auth-api';
import { startLanguageSync } from '../lib/account-language';
import { RolesProvider } from '../lib/roles';
import { useSession } from '../lib/session-hooks';
import { FullPageLoader } from '../components/full-page-loader';
import { i18nResources } from './i18n-resources';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

const i18n = initI18n(i18nResources());

/** Restores the session from the refresh cookie once, then keeps the access token fresh and the language in step. */
function SessionGate({ children }: { children: ReactNode }): ReactNode {
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    const stopLanguageSync = startLanguageSync();
    void refresh().finally(() => setRestored(true));
    const stopRefresh = startSilentRefresh();
    return () => {
      stopRefresh();
      stopLanguageSync();
    };
  }, []);
  return restored ? children : <FullPageLoader />;
}

/**
 * One GraphQL client (and so one cache) per person signed in on this tab and their account language: remounted when
 * either changes, so texts the api localises (behaviours, messages) are fetched again in the new language.
 */
function GraphqlProvider({ children }: { children: ReactNode }): ReactNode {
  const [client] = useState(() => createGraphqlClient(() => void router.navigate('/login')));
  return <UrqlProvider value={client}>{children}</UrqlProvider>;
}

export function App(): ReactNode {
  const session = useSession();
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <Notifications position="top-center" />
        <SessionGate>
          <GraphqlProvider key={session ? `${session.user.id}:${session.user.locale}` : 'signed-out'}>
            <RolesProvider>
              <RouterProvider router={router} />
            </RolesProvider>
          </GraphqlProvider>
        </SessionGate>
      </MantineProvider>
    </I18nextProvider>
  );
}
