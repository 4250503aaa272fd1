/**
 * Depth and cost limits, checked by an Apollo plugin once the operation is parsed, validated and
 * resolved, and before it executes (`didResolveOperation`): that is the first moment the variable
 * values are known, so `first: $n` costs what `$n` is, not a guess. What depth and cost are:
 * measure.ts; how long each list is taken to be: list-sizes.ts.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError, OperationDefinitionNode } from 'graphql';
import { ErrorCode } from '../../../foundations/errors';
import type { ListEstimates } from '../limits/list-estimates';
import { measureOperation, type Measure } from '../limits/measure';
import { MeasureCache } from '../limits/measure-cache';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** The list estimates at the time of the request (read without waiting: see estimates-refresh.ts). */
  estimates: () => ListEstimates;
}

/** Where most of the cost is, for the message: "most of it" only when that part is at least half. */
function costliestText(m: Measure): string {
  if (!m.costliest) return '';
  return m.costliest.cost * 2 >= m.cost ? `; most of it in ${m.costliest.path} (${m.costliest.cost})` : `; its costliest part is ${m.costliest.path} (${m.costliest.cost})`;
}

/**
 * The limits an operation breaks, each as a client would see it: a message, the code, the limit,
 * the maximum and the value, and for the cost where most of it lies (`costliest`, `costliestCost`).
 */
export function limitErrors(limits: Pick<QueryLimits, 'maxDepth' | 'maxCost'>, operation: OperationDefinitionNode, m: Measure): GraphQLFormattedError[] {
  const name = operation.name ? ` ${operation.name.value}` : '';
  const locations = operation.loc ? [{ line: operation.loc.startToken.line, column: operation.loc.startToken.column }] : undefined;
  const errors: GraphQLFormattedError[] = [];
  const error = (message: string, details: Record<string, unknown>) => errors.push({ message, locations, extensions: { code: ErrorCode.LIMIT_EXCEEDED, ...details } });
  if (m.depth > limits.maxDepth)
    error(`operation${name} is nested ${m.depth} levels deep; the limit (GRAPHQL_MAX_DEPTH) is ${limits.maxDepth}`, { limit: 'GRAPHQL_MAX_DEPTH', maximum: limits.maxDepth, value: m.depth });
  if (m.unmeasurable) {
    error(`operation${name} opens into more than ${m.cost - 1} fields through its fragments; it costs more than that, and the limit (GRAPHQL_MAX_COST) is ${limits.maxCost}`, {
      limit: 'GRAPHQL_MAX_COST',
      maximum: limits.maxCost,
      value: m.cost,
    });
  } else if (m.cost > limits.maxCost) {
    error(`operation${name} costs ${m.cost}; the limit (GRAPHQL_MAX_COST) is ${limits.maxCost}${costliestText(m)}`, {
      limit: 'GRAPHQL_MAX_COST',
      maximum: limits.maxCost,
      value: m.cost,
      ...(m.costliest && { costliest: m.costliest.path, costliestCost: m.costliest.cost }),
    });
  }
  return errors;
}

const isVariables = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The plugin enforcing `limits`: measured in didResolveOperation, and when a limit is broken the
 * operation is answered in responseForOperation (which skips execution) with every broken limit,
 * status 400 like any other refused document. The errors are already in their public form.
 */
export function queryLimitsPlugin<T extends object>(limits: QueryLimits): ApolloServerPlugin<T> {
  const measures = new MeasureCache();
  return {
    async requestDidStart() {
      let refused: GraphQLFormattedError[] = [];
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const variables = isVariables(request.variables) ? request.variables : {};
          const estimates = limits.estimates();
          const measure = measures.get(document, operation, variables, estimates, () => measureOperation(schema, document, operation, variables, estimates));
          refused = limitErrors(limits, operation, measure);
        },
        async responseForOperation() {
          if (!refused.length) return null;
          return { http: { status: 400, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: refused } } };
        },
      };
    },
  };
}
