import { UserRow } from '../factories';
import { errorCode, GraphQLResponse, TestApp } from './test-app';

/** 'OK', the GraphQL error code (FORBIDDEN, NOT_FOUND, …), the __typename of an error result, or 'NO_DATA'. */
export type Outcome = string;

export type Variables = Record<string, unknown>;

export interface MatrixOperation {
  query: string;
  /** Built once, and again after each success (a write consumes its record). */
  variables: () => Variables | Promise<Variables>;
  /** For result unions: the success member's __typename; any other member is reported by its name. */
  success?: string;
}

/** The outcome of one call, as the matrices write it. */
export function outcomeOf(response: GraphQLResponse, success?: string): Outcome {
  const code = errorCode(response);
  if (code) return code;
  const value = Object.values(response.data ?? {})[0] as { __typename?: string } | null | undefined;
  if (value === null || value === undefined) return 'NO_DATA';
  const typename = typeof value === 'object' ? value.__typename : undefined;
  if (typename === undefined) return 'OK';
  if (success !== undefined) return typename === success ? 'OK' : typename;
  return typename.endsWith('Error') ? typename : 'OK';
}

/**
 * Every operation × every kind of caller (権限表), for the authorization specs: calls an operation as each role and
 * reports the outcomes, so a spec compares them with its table in one assertion. A refused call (anything but OK)
 * must leave the audit trail as it was: nothing was written.
 */
export class AuthorizationMatrix<Role extends string> {
  constructor(
    private readonly t: TestApp,
    readonly roles: readonly Role[],
    private readonly callers: () => Record<Role, UserRow | null>,
  ) {}

  /** One cell: calls the operation as the role; the response is returned for extra assertions. */
  async cell(
    role: Role,
    operation: Pick<MatrixOperation, 'query' | 'success'>,
    variables: Variables,
  ): Promise<{ outcome: Outcome; response: GraphQLResponse }> {
    const auditBefore = await this.t.count('audit_event');
    const response = await this.t.gql(operation.query, variables, { as: this.callers()[role] });
    const outcome = outcomeOf(response, operation.success);
    if (outcome !== 'OK') {
      expect({ role, outcome, auditEvents: await this.t.count('audit_event') }).toEqual({
        role,
        outcome,
        auditEvents: auditBefore,
      });
    }
    return { outcome, response };
  }

  /** One row: the outcome for every role, in `roles` order. */
  async outcomes(operation: MatrixOperation): Promise<Record<Role, Outcome>> {
    const result = {} as Record<Role, Outcome>;
    let variables = await operation.variables();
    for (const role of this.roles) {
      result[role] = (await this.cell(role, operation, variables)).outcome;
      if (result[role] === 'OK') variables = await operation.variables();
    }
    return result;
  }
}
