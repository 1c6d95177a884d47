import { Client, fetchExchange, mapExchange, type CombinedError } from 'urql';
import { authExchange } from '@urql/exchange-auth';
import { cacheExchange } from '@urql/exchange-graphcache';
import { refresh, requestLanguage } from './auth-api';
import { sessionStore, WEB_CLIENT_HEADER } from './session';
import { cacheKeys } from './cache-keys';
import { possibleTypes } from '../gql/possible-types';

const EXPIRY_MARGIN_MS = 10_000;

function isUnauthenticated(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * The GraphQL client: a normalised cache (graphcache), the access token from memory on every request, a refresh
 * before it expires or after the api says UNAUTHENTICATED, and the person's language for the api's messages.
 */
export function createGraphqlClient(onSignedOut: () => void): Client {
  return new Client({
    url: '/graphql',
    // POST only: Apollo's CSRF prevention refuses simple GET requests, and POST keeps queries out of URLs and logs.
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { 'Accept-Language': requestLanguage(), [WEB_CLIENT_HEADER]: 'web' },
    }),
    requestPolicy: 'cache-and-network',
    exchanges: [
      // possibleTypes: `... on ErrorResult` matches the error members of result unions exactly.
      cacheExchange({ keys: cacheKeys, possibleTypes }),
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error) && !sessionStore.get()) onSignedOut();
        },
      }),
      authExchange(async (utils) => {
        await Promise.resolve();
        return {
          addAuthToOperation(operation) {
            const session = sessionStore.get();
            if (!session) return operation;
            return utils.appendHeaders(operation, { Authorization: `Bearer ${session.accessToken}` });
          },
          willAuthError() {
            const session = sessionStore.get();
            return !!session && session.expiresAt - Date.now() < EXPIRY_MARGIN_MS;
          },
          didAuthError(error) {
            return isUnauthenticated(error);
          },
          async refreshAuth() {
            await refresh();
          },
        };
      }),
      fetchExchange,
    ],
  });
}
