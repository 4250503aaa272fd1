/**
 * Depth and cost limits, checked as GraphQL validation rules before execution (Apollo
 * `validationRules`). Introspection fields (`__schema`, `__type`, `__typename`) are not counted, so
 * tools and the graphql-http audit can introspect whatever the limits.
 *
 * Depth: the longest chain of nested field selections (fragments followed; a fragment cycle is
 * left to graphql-js's own NoFragmentCycles rule). Cost: every field costs 1, times the product of
 * the list multipliers above it; a field taking `first` or `limit` multiplies its children by that
 * argument (a literal, or a variable's default value in the operation; a variable without one counts
 * as 10, since validation runs before variables are known), other list fields by 10; the `edges` /
 * `nodes` of a paged field are not multiplied again. Simple and deliberately pessimistic.
 */
import { GraphQLError, Kind, getNamedType, getNullableType, isListType, type ASTVisitor, type FieldNode, type GraphQLField, type GraphQLOutputType, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext, type ValueNode } from 'graphql';
import { AppError, ErrorCode } from '../../errors';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

/** The multiplier of a list field without `first`/`limit`. */
export const DEFAULT_LIST_SIZE = 10;

function limitError(message: string, details: Record<string, unknown>, node: OperationDefinitionNode): GraphQLError {
  const original = new AppError(ErrorCode.LIMIT_EXCEEDED, message, details);
  return new GraphQLError(message, { nodes: [node], originalError: original, extensions: { code: ErrorCode.LIMIT_EXCEEDED, ...details } });
}

interface Measure {
  depth: number;
  cost: number;
}

function argNumber(node: ValueNode | undefined, variables: Record<string, ValueNode | undefined>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return v && v.kind === Kind.INT ? Number(v.value) : DEFAULT_LIST_SIZE;
  }
  return undefined;
}

/** Measures an operation's selection set: depth and cost. Memo-free; bounded by the document size times fragment spreads, which graphql-js bounds by forbidding cycles. */
function measure(context: ValidationContext, variables: Record<string, ValueNode | undefined>, selectionSet: SelectionSetNode, parentType: GraphQLOutputType | undefined, visiting: Set<string>, paged = false): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const m = measureField(context, variables, selection, parentType, visiting, paged);
      depth = Math.max(depth, m.depth);
      cost += m.cost;
    } else {
      let inner: SelectionSetNode | undefined;
      let type = parentType;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selection.selectionSet;
        if (selection.typeCondition) type = (context.getSchema().getType(selection.typeCondition.name.value) as GraphQLOutputType | undefined) ?? parentType;
      } else {
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        if (!fragment || visiting.has(name)) continue;
        inner = fragment.selectionSet;
        type = (context.getSchema().getType(fragment.typeCondition.name.value) as GraphQLOutputType | undefined) ?? parentType;
        visiting.add(name);
        const m = measure(context, variables, inner, type, visiting, paged);
        visiting.delete(name);
        depth = Math.max(depth, m.depth);
        cost += m.cost;
        continue;
      }
      const m = measure(context, variables, inner, type, visiting, paged);
      depth = Math.max(depth, m.depth);
      cost += m.cost;
    }
  }
  return { depth, cost };
}

function measureField(context: ValidationContext, variables: Record<string, ValueNode | undefined>, node: FieldNode, parentType: GraphQLOutputType | undefined, visiting: Set<string>, paged: boolean): Measure {
  if (node.name.value.startsWith('__')) return { depth: 0, cost: 0 };
  const named = parentType ? getNamedType(parentType) : undefined;
  const fields = named && 'getFields' in named ? (named.getFields() as Record<string, GraphQLField<unknown, unknown>>) : undefined;
  const field = fields?.[node.name.value];
  if (!node.selectionSet) return { depth: 1, cost: 1 };
  let explicit = ['first', 'limit'].map((a) => argNumber(node.arguments?.find((x) => x.name.value === a)?.value, variables)).find((n) => n !== undefined);
  const isList = field ? isListType(getNullableType(field.type)) : false;
  const argDefault = field?.args.find((a) => a.name === 'first' || a.name === 'limit')?.defaultValue;
  if (explicit === undefined && typeof argDefault === 'number') explicit = argDefault;
  const pageItems = paged && (node.name.value === 'edges' || node.name.value === 'nodes');
  const multiplier = explicit !== undefined ? Math.max(explicit, 1) : isList && !pageItems ? DEFAULT_LIST_SIZE : 1;
  const inner = measure(context, variables, node.selectionSet, field?.type, visiting, explicit !== undefined);
  return { depth: inner.depth + 1, cost: 1 + multiplier * inner.cost };
}

/** The validation rules enforcing `limits`. */
export function queryLimitRules(limits: QueryLimits): ((context: ValidationContext) => ASTVisitor)[] {
  const rule = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const root = node.operation === 'query' ? context.getSchema().getQueryType() : node.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getSubscriptionType();
      const defaults = Object.fromEntries((node.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue]));
      const { depth, cost } = measure(context, defaults, node.selectionSet, root ?? undefined, new Set());
      const name = node.name ? ` ${node.name.value}` : '';
      if (depth > limits.maxDepth) {
        context.reportError(limitError(`operation${name} is nested ${depth} levels deep; the limit (GRAPHQL_MAX_DEPTH) is ${limits.maxDepth}`, { limit: 'GRAPHQL_MAX_DEPTH', maximum: limits.maxDepth, value: depth }, node));
      }
      if (cost > limits.maxCost) {
        context.reportError(limitError(`operation${name} costs ${cost}; the limit (GRAPHQL_MAX_COST) is ${limits.maxCost}`, { limit: 'GRAPHQL_MAX_COST', maximum: limits.maxCost, value: cost }, node));
      }
      return false;
    },
  });
  return [rule];
}
