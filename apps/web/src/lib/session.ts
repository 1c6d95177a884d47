import type { Locale } from '../gql/graphql';

/**
 * The signed-in session, in memory only: the access token is never written to web storage. The
 * refresh token is an httpOnly cookie the api sets for the web client; JavaScript never sees it.
 */
export interface SessionUser {
  id: string;
  displayName: string;
  email: string;
  locale: Locale;
  systemRole: 'ADMIN' | 'USER';
  organizationName: string;
}

export interface Session {
  accessToken: string;
  /** Epoch milliseconds */
  expiresAt: number;
  user: SessionUser;
}

type Listener = (session: Session | null) => void;

let current: Session | null = null;
const listeners = new Set<Listener>();

export const sessionStore = {
  get(): Session | null {
    return current;
  },
  set(session: Session | null): void {
    current = session;
    for (const listener of listeners) listener(session);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Header by which the api recognises the web client (it then keeps the refresh token in a cookie). */
export const WEB_CLIENT_HEADER = 'X-Banso-Client';
