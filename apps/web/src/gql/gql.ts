/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query UnreadNotificationCount {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($after: String) {\n    notifications(first: 30, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          message\n          readAt\n          createdAt\n          subjectId\n          subjectType\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  query TraineeHome {\n    myOjt {\n      upcomingVisits {\n        id\n        number\n        status\n        scheduledAt\n        traineeRole\n        supportCaseId\n        clientCompany {\n          id\n          name\n        }\n      }\n      openNextActions {\n        id\n        description\n        dueOn\n        status\n        supportCaseId\n        visitId\n        owner {\n          id\n          displayName\n        }\n      }\n      cases {\n        id\n        currentStep\n        status\n        clientCompany {\n          id\n          name\n          industry\n        }\n        program {\n          id\n          name\n        }\n      }\n    }\n    notifications(unreadOnly: true, first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          message\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.TraineeHomeDocument,
    "\n  fragment AuthFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      displayName\n      email\n      locale\n      systemRole\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AuthFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ...AuthFields\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      __typename\n      ...AuthFields\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($input: RefreshTokenInput!) {\n    logout(input: $input)\n  }\n": typeof types.LogoutDocument,
    "\n  query MyMemberships {\n    myPrograms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n          fiscalYear\n          members {\n            id\n            role\n            status\n            userId\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyMembershipsDocument,
};
const documents: Documents = {
    "\n  query UnreadNotificationCount {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($after: String) {\n    notifications(first: 30, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          message\n          readAt\n          createdAt\n          subjectId\n          subjectType\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  query TraineeHome {\n    myOjt {\n      upcomingVisits {\n        id\n        number\n        status\n        scheduledAt\n        traineeRole\n        supportCaseId\n        clientCompany {\n          id\n          name\n        }\n      }\n      openNextActions {\n        id\n        description\n        dueOn\n        status\n        supportCaseId\n        visitId\n        owner {\n          id\n          displayName\n        }\n      }\n      cases {\n        id\n        currentStep\n        status\n        clientCompany {\n          id\n          name\n          industry\n        }\n        program {\n          id\n          name\n        }\n      }\n    }\n    notifications(unreadOnly: true, first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          message\n          createdAt\n        }\n      }\n    }\n  }\n": types.TraineeHomeDocument,
    "\n  fragment AuthFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      displayName\n      email\n      locale\n      systemRole\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.AuthFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ...AuthFields\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      __typename\n      ...AuthFields\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($input: RefreshTokenInput!) {\n    logout(input: $input)\n  }\n": types.LogoutDocument,
    "\n  query MyMemberships {\n    myPrograms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n          fiscalYear\n          members {\n            id\n            role\n            status\n            userId\n          }\n        }\n      }\n    }\n  }\n": types.MyMembershipsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String) {\n    notifications(first: 30, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          message\n          readAt\n          createdAt\n          subjectId\n          subjectType\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: String) {\n    notifications(first: 30, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          message\n          readAt\n          createdAt\n          subjectId\n          subjectType\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraineeHome {\n    myOjt {\n      upcomingVisits {\n        id\n        number\n        status\n        scheduledAt\n        traineeRole\n        supportCaseId\n        clientCompany {\n          id\n          name\n        }\n      }\n      openNextActions {\n        id\n        description\n        dueOn\n        status\n        supportCaseId\n        visitId\n        owner {\n          id\n          displayName\n        }\n      }\n      cases {\n        id\n        currentStep\n        status\n        clientCompany {\n          id\n          name\n          industry\n        }\n        program {\n          id\n          name\n        }\n      }\n    }\n    notifications(unreadOnly: true, first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          message\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TraineeHome {\n    myOjt {\n      upcomingVisits {\n        id\n        number\n        status\n        scheduledAt\n        traineeRole\n        supportCaseId\n        clientCompany {\n          id\n          name\n        }\n      }\n      openNextActions {\n        id\n        description\n        dueOn\n        status\n        supportCaseId\n        visitId\n        owner {\n          id\n          displayName\n        }\n      }\n      cases {\n        id\n        currentStep\n        status\n        clientCompany {\n          id\n          name\n          industry\n        }\n        program {\n          id\n          name\n        }\n      }\n    }\n    notifications(unreadOnly: true, first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          message\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      displayName\n      email\n      locale\n      systemRole\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AuthFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      displayName\n      email\n      locale\n      systemRole\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ...AuthFields\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ...AuthFields\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      __typename\n      ...AuthFields\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      __typename\n      ...AuthFields\n      ... on ErrorResult {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($input: RefreshTokenInput!) {\n    logout(input: $input)\n  }\n"): (typeof documents)["\n  mutation Logout($input: RefreshTokenInput!) {\n    logout(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMemberships {\n    myPrograms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n          fiscalYear\n          members {\n            id\n            role\n            status\n            userId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMemberships {\n    myPrograms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n          fiscalYear\n          members {\n            id\n            role\n            status\n            userId\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;