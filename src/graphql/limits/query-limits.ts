/**
 * Depth and cost limits, checked by an Apollo plugin once the operation is parsed, validated and
 * resolved, and before it executes (`didResolveOperation`): that is the first moment the variable
 * values are known, so `first: $n` costs what `$n` is, not a guess. Introspection fields (`__schema`, `__type`, `__typename`) are not counted, so
 * tools and the graphql-http audit can introspect whatever the limits.
 *
 * Depth: the longest chain of nested field selections (fragments followed; a fragment cycle is
 * left to graphql-js's own NoFragmentCycles rule). Cost: every field costs 1, times the product of
 * the list multipliers above it; a field taking `first` or `limit` multiplies its children by that
 * argument (a literal or a variable's value; when the variable is not given, its default, else the
 * field's default), other list fields by 10; the `edges` /
 * `nodes` of a paged field are not multiplied again. Simple and deliberately pessimistic.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode, getNamedType, getNullableType, isListType, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLFormattedError, type GraphQLOutputType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { ErrorCode } from '../../errors';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

/** The multiplier of a list field without `first`/`limit`. */
export const DEFAULT_LIST_SIZE = 10;

/** What measuring needs of the request: the schema, the document's fragments and the variable values. */
interface Doc {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** A variable's numeric value as the resolver will see it; undefined when not given (the field's default applies). */
  variable(name: string): number | undefined;
}

interface Measure {
  depth: number;
  cost: number;
}

function argNumber(node: ValueNode | undefined, doc: Doc): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) return doc.variable(node.name.value);
  return undefined;
}

/** Measures an operation's selection set: depth and cost. Memo-free; bounded by the document size times fragment spreads, which graphql-js bounds by forbidding cycles. */
function measure(doc: Doc, selectionSet: SelectionSetNode, parentType: GraphQLOutputType | undefined, visiting: Set<string>, paged = false): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const m = measureField(doc, selection, parentType, visiting, paged);
      depth = Math.max(depth, m.depth);
      cost += m.cost;
    } else {
      let inner: SelectionSetNode | undefined;
      let type = parentType;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selection.selectionSet;
        if (selection.typeCondition) type = (doc.schema.getType(selection.typeCondition.name.value) as GraphQLOutputType | undefined) ?? parentType;
      } else {
        const name = selection.name.value;
        const fragment = doc.fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        inner = fragment.selectionSet;
        type = (doc.schema.getType(fragment.typeCondition.name.value) as GraphQLOutputType | undefined) ?? parentType;
        visiting.add(name);
        const m = measure(doc, inner, type, visiting, paged);
        visiting.delete(name);
        depth = Math.max(depth, m.depth);
        cost += m.cost;
        continue;
      }
      const m = measure(doc, inner, type, visiting, paged);
      depth = Math.max(depth, m.depth);
      cost += m.cost;
    }
  }
  return { depth, cost };
}

function measureField(doc: Doc, node: FieldNode, parentType: GraphQLOutputType | undefined, visiting: Set<string>, paged: boolean): Measure {
  if (node.name.value.startsWith('__')) return { depth: 0, cost: 0 };
  const named = parentType ? getNamedType(parentType) : undefined;
  const fields = named && 'getFields' in named ? (named.getFields() as Record<string, GraphQLField<unknown, unknown>>) : undefined;
  const field = fields?.[node.name.value];
  if (!node.selectionSet) return { depth: 1, cost: 1 };
  let explicit = ['first', 'limit'].map((a) => argNumber(node.arguments?.find((x) => x.name.value === a)?.value, doc)).find((n) => n !== undefined);
  const isList = field ? isListType(getNullableType(field.type)) : false;
  const argDefault = field?.args.find((a) => a.name === 'first' || a.name === 'limit')?.defaultValue;
  if (explicit === undefined && typeof argDefault === 'number') explicit = argDefault;
  const pageItems = paged && (node.name.value === 'edges' || node.name.value === 'nodes');
  const multiplier = explicit !== undefined ? Math.max(explicit, 1) : isList && !pageItems ? DEFAULT_LIST_SIZE : 1;
  const inner = measure(doc, node.selectionSet, field?.type, visiting, explicit !== undefined);
  return { depth: inner.depth + 1, cost: 1 + multiplier * inner.cost };
}

/** The depth and cost of one operation, with the request's variable values. */
export function measureOperation(schema: GraphQLSchema, document: Pick<DocumentNode, 'definitions'>, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): Measure {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const defaults = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue]));
  const variable = (name: string): number | undefined => {
    const given = variables[name];
    if (typeof given === 'number') return given;
    if (given === undefined) {
      const d = defaults.get(name);
      if (d?.kind === Kind.INT) return Number(d.value);
    }
    return undefined;
  };
  const root = operation.operation === OperationTypeNode.QUERY ? schema.getQueryType() : operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getSubscriptionType();
  return measure({ schema, fragments, variable }, operation.selectionSet, root ?? undefined, new Set());
}

/** The limits an operation breaks, each as a client would see it: a message, the code, the limit, the maximum and the value. */
export function limitErrors(limits: QueryLimits, operation: OperationDefinitionNode, m: Measure): GraphQLFormattedError[] {
  const name = operation.name ? ` ${operation.name.value}` : '';
  const locations = operation.loc ? [{ line: operation.loc.startToken.line, column: operation.loc.startToken.column }] : undefined;
  const errors: GraphQLFormattedError[] = [];
  const error = (message: string, details: Record<string, unknown>) => errors.push({ message, locations, extensions: { code: ErrorCode.LIMIT_EXCEEDED, ...details } });
  if (m.depth > limits.maxDepth) error(`operation${name} is nested ${m.depth} levels deep; the limit (GRAPHQL_MAX_DEPTH) is ${limits.maxDepth}`, { limit: 'GRAPHQL_MAX_DEPTH', maximum: limits.maxDepth, value: m.depth });
  if (m.cost > limits.maxCost) error(`operation${name} costs ${m.cost}; the limit (GRAPHQL_MAX_COST) is ${limits.maxCost}`, { limit: 'GRAPHQL_MAX_COST', maximum: limits.maxCost, value: m.cost });
  return errors;
}

/**
 * The plugin enforcing `limits`: measured in didResolveOperation, and when a limit is broken the
 * operation is answered in responseForOperation (which skips execution) with every broken limit,
 * status 400 like any other refused document. The errors are already in their public form.
 */
export function queryLimitsPlugin<T extends object>(limits: QueryLimits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      let refused: GraphQLFormattedError[] = [];
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          refused = limitErrors(limits, operation, measureOperation(schema, document, operation, request.variables ?? {}));
        },
        async responseForOperation() {
          if (!refused.length) return null;
          return { http: { status: 400, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: refused } } };
        },
      };
    },
  };
}
