import { stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { graphql } from '../gql';
import type { AuthFieldsFragment, Locale } from '../gql/graphql';
import { sessionStore, WEB_CLIENT_HEADER, type Session } from './session';

/**
 * Login, refresh and logout over plain fetch (not through the GraphQL client, whose auth exchange depends on
 * them). The refresh token travels only as the api's httpOnly cookie.
 */
graphql(`
  fragment AuthFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    user {
      id
      displayName
      email
      locale
      systemRole
      organization {
        id
        name
      }
    }
  }
`);
const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ...AuthFields
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const REFRESH = graphql(`
  mutation Refresh($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      __typename
      ...AuthFields
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);
const LOGOUT = graphql(`
  mutation Logout($input: RefreshTokenInput!) {
    logout(input: $input)
  }
`);

export interface ErrorResultData {
  code: string;
  message: string;
}

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[] };
}

export class AuthRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

let language = 'ja';
/** The language the api answers in (Accept-Language), kept in step with i18next. */
export function setRequestLanguage(next: string): void {
  language = next;
}
export function requestLanguage(): string {
  return language;
}

async function post<T, V>(document: TypedDocumentNode<T, V>, variables: V, token?: string): Promise<T> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Accept-Language': language,
    [WEB_CLIENT_HEADER]: 'web',
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: JSON.stringify({ query: stringifyDocument(document), variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLErrorBody[] };
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new AuthRequestError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }
  if (!body.data) throw new AuthRequestError(response.statusText, 'INTERNAL_SERVER_ERROR');
  return body.data;
}

function toSession(payload: AuthFieldsFragment): Session {
  return {
    accessToken: payload.accessToken,
    expiresAt: Date.parse(payload.accessTokenExpiresAt),
    user: {
      id: payload.user.id,
      displayName: payload.user.displayName,
      email: payload.user.email,
      locale: payload.user.locale,
      systemRole: payload.user.systemRole,
      organizationName: payload.user.organization.name,
    },
  };
}

/** Logs in; an expected failure (wrong password) comes back as the api's ErrorResult message. */
export async function login(email: string, password: string): Promise<Session | ErrorResultData> {
  const data = await post(LOGIN, { input: { email, password } });
  if (data.login.__typename !== 'AuthPayload') return data.login;
  const session = toSession(data.login);
  sessionStore.set(session);
  return session;
}

let refreshing: Promise<Session | null> | null = null;

/** Exchanges the refresh cookie for a new access token; null when there is no valid session. */
export function refresh(): Promise<Session | null> {
  refreshing ??= post(REFRESH, { input: {} })
    .then((data) => {
      if (data.refreshToken.__typename !== 'AuthPayload') {
        sessionStore.set(null);
        return null;
      }
      const session = toSession(data.refreshToken);
      sessionStore.set(session);
      return session;
    })
    .catch(() => {
      sessionStore.set(null);
      return null;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

const LOGOUT_EVERYWHERE = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

/** Ends this session (the api revokes it and clears the cookie). */
export async function logout(): Promise<void> {
  const token = sessionStore.get()?.accessToken;
  try {
    await post(LOGOUT, { input: {} }, token);
  } finally {
    sessionStore.set(null);
  }
}

/** Ends every session of the person, on every device. */
export async function logoutEverywhere(): Promise<void> {
  const token = sessionStore.get()?.accessToken;
  try {
    await post(LOGOUT_EVERYWHERE, {}, token);
  } finally {
    sessionStore.set(null);
  }
}

const REFRESH_MARGIN_MS = 60_000;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Refreshes silently a minute before the access token expires, for as long as the session lasts. */
export function startSilentRefresh(): () => void {
  const schedule = (session: Session | null): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!session) return;
    const delay = Math.max(session.expiresAt - Date.now() - REFRESH_MARGIN_MS, 5_000);
    timer = setTimeout(() => void refresh(), delay);
  };
  schedule(sessionStore.get());
  const unsubscribe = sessionStore.subscribe(schedule);
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}

const UPDATE_ACCOUNT_LOCALE = graphql(`
  mutation UpdateAccountLocale($input: UpdateUserInput!) {
    updateUser(input: $input) {
      __typename
      ... on User {
        id
        locale
      }
    }
  }
`);

/** Saves the signed-in person's language on their account (the api then answers in it on every device). */
export async function updateAccountLocale(locale: Locale): Promise<void> {
  const session = sessionStore.get();
  if (!session) return;
  const data = await post(UPDATE_ACCOUNT_LOCALE, { input: { userId: session.user.id, locale } }, session.accessToken);
  if (data.updateUser.__typename === 'User') setSessionLocale(data.updateUser.locale);
}

/** The account's language changed: the session follows (the app then fetches localised texts again). */
export function setSessionLocale(locale: Locale): void {
  const current = sessionStore.get();
  if (current && current.user.locale !== locale) {
    sessionStore.set({ ...current, user: { ...current.user, locale } });
  }
}
