import { useSyncExternalStore } from 'react';
import { sessionStore, type Session } from './session';

/** The signed-in session (null when signed out), re-rendering on login, refresh and logout. */
export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}
