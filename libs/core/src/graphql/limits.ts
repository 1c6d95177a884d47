import {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { ApolloServerPlugin } from '@apollo/server';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxComplexity: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 30, maxComplexity: 5000 };

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      max = Math.max(max, 1 + depthOf(selection.selectionSet, fragments, visited));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(selection.selectionSet, fragments, visited));
    } else {
      const name = selection.name.value;
      if (visited.has(name) || !fragments[name]) continue;
      visited.add(name);
      max = Math.max(max, depthOf(fragments[name].selectionSet, fragments, visited));
      visited.delete(name);
    }
  }
  return max;
}

/** Rejects operations nested deeper than `maxDepth` fields. */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query depth ${depth} exceeds the limit of ${maxDepth}`, {
              nodes: [node],
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          );
        }
      },
    };
  };
}

/** Rejects documents with more than `maxAliases` aliased fields (alias-based batching attacks). */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node: FieldNode) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases === maxAliases + 1) {
          context.reportError(
            new GraphQLError(`The operation uses more than ${maxAliases} aliases`, {
              nodes: [node],
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          );
        }
      },
    };
  };
}

/**
 * Estimates the cost of each operation before it runs: every field costs 1, list fields taking `first` multiply
 * their children by it. Over the limit the request is refused.
 */
export function complexityPlugin(schemaOf: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  // The cost depends only on the document, the operation and the variables. Apollo hands the same parsed document
  // object to every request with the same query text, so the cost is computed once per document and variables.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ request, document }) => {
          const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let known = costs.get(document);
          let complexity = known?.get(key);
          if (complexity !== undefined) return Promise.resolve();
          try {
            complexity = getComplexity({
              schema: schemaOf(),
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [
                fieldExtensionsEstimator(),
                ({ args, childComplexity }) => {
                  const first = typeof args.first === 'number' ? args.first : undefined;
                  return first === undefined ? undefined : 1 + childComplexity * first;
                },
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch (error) {
            // Variables that do not fit their types (e.g. an unknown enum value): nothing can run, and execution
            // reports them as BAD_USER_INPUT naming the variable path. Rethrowing here would surface as a 500.
            if (error instanceof GraphQLError) return Promise.resolve();
            throw error;
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(`Query cost ${complexity} exceeds the limit of ${maxComplexity}`, {
              extensions: { code: 'BAD_USER_INPUT' },
            });
          }
          if (!known) {
            known = new Map();
            costs.set(document, known);
          }
          // Bounded: a client sending ever new variables for one document keeps at most 100 costs of it.
          if (known.size >= 100) known.clear();
          known.set(key, complexity);
          return Promise.resolve();
        },
      }),
  };
}
