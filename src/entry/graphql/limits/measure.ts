/**
 * The depth and cost of an operation, measured before it runs, and where most of the cost lies.
 *
 * Depth: the longest chain of nested field selections, fragments followed. Cost: an estimate of
 * what the answer holds. Every field costs 1, and a field's selection counts once per item the
 * field is taken to hold: 1 for an object, for a list its bound from the arguments or what the
 * data says it holds (list-sizes.ts). So `search { node { … participations { event { … } } } }`
 * costs about what it returns on this data, not 10 × 10 × 10 per level whatever the data.
 * An item of an interface or union (`actor`, `node`) costs what its costliest possible type gets
 * of the selection: each item is of one type. A field selected twice is counted twice, a small
 * over-estimate. Introspection fields (`__schema`, `__type`, `__typename`) are not counted, so
 * tools can introspect whatever the limits.
 *
 * Fragments are walked with the resolvers' lookahead helper (../selection.ts); a fragment cycle
 * never gets here (GraphQL validation refuses it before the operation is resolved).
 */
import {
  Kind,
  getNamedType,
  getNullableType,
  isAbstractType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { SelectionTooLarge, selectedFields, type FieldBudget, type SelectedField } from '../selection';
import { argumentValues, variableValues, type VariableValues } from './argument-values';
import type { ListEstimates } from './list-estimates';
import { listSize, type ScopeArgs } from './list-sizes';

/**
 * The most fields a measure opens. Every field but an introspection one costs at least 1, so an
 * operation selecting more costs more than any sensible limit; stopping there bounds the work of
 * measuring a document whose fragments spread one another exponentially (a few lines, 2^n fields).
 */
export const MEASURED_FIELDS = 100_000;

/** The part of a query that costs most: its path (response keys, dot-separated) and what it adds to the cost. */
export interface CostlyPart {
  path: string;
  cost: number;
}

export interface Measure {
  depth: number;
  cost: number;
  /**
   * Set when the fragments open into more than MEASURED_FIELDS fields: measuring stopped there, and
   * `cost` is only that lower bound. Such an operation is refused whatever the limit.
   */
  unmeasurable?: true;
  /** Undefined when nothing is counted (an introspection query). */
  costliest?: CostlyPart;
}

/** What measuring needs of the request besides the selection: the schema, fragments, variables and estimates. */
interface Request {
  budget: FieldBudget;
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: VariableValues;
  estimates: ListEstimates;
}

interface FieldMeasure {
  /** The response key: the alias, else the field's name. */
  key: string;
  /** The type condition of the fragment the field is selected in, if any. */
  on?: string;
  depth: number;
  cost: number;
  /** How many items the field is taken to hold: 1 unless it is a list. */
  size: number;
  children: FieldMeasure[];
}

/** The fields `type` defines, when it is an object or interface type (a union has none of its own). */
function fieldsOfType(type: GraphQLNamedType | undefined) {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined;
}

const total = (measures: FieldMeasure[]) => measures.reduce((sum, m) => sum + m.cost, 0);
const deepest = (measures: FieldMeasure[]) => measures.reduce((most, m) => Math.max(most, m.depth), 0);
const costliestOf = (measures: FieldMeasure[]) => measures.reduce<FieldMeasure | undefined>((best, m) => (!best || m.cost > best.cost ? m : best), undefined);

/**
 * What one item of an abstract type (an interface or union: `actor`, `node`) costs: each item is
 * of one type, so it gets the fields selected without a type condition and those in fragments on
 * a type it is, and it costs what the costliest of its possible types gets.
 */
function itemCost(schema: GraphQLSchema, type: GraphQLNamedType | undefined, children: FieldMeasure[]): number {
  if (!type || !isAbstractType(type)) return total(children);
  const possible = schema.getPossibleTypes(type);
  if (!possible.length) return total(children);
  const applies = (on: string | undefined, object: GraphQLObjectType) => {
    const condition = on === undefined ? undefined : schema.getType(on);
    return !condition || condition === object || condition === type || (isAbstractType(condition) && schema.isSubType(condition, object));
  };
  return Math.max(...possible.map((object) => total(children.filter((c) => applies(c.on, object)))));
}

function measureSelections(request: Request, selected: SelectedField[], parentType: GraphQLNamedType | undefined, scope: ScopeArgs): FieldMeasure[] {
  return selected.flatMap((s) => measureField(request, s, parentType, scope) ?? []);
}

function measureField(request: Request, { field, on }: SelectedField, parentType: GraphQLNamedType | undefined, scope: ScopeArgs): FieldMeasure | undefined {
  const name = field.name.value;
  if (name.startsWith('__')) return undefined;
  const key = field.alias?.value ?? name;
  if (!field.selectionSet) return { key, on, depth: 1, cost: 1, size: 1, children: [] };
  const owner = (on ? request.schema.getType(on) : undefined) ?? parentType;
  const definition = fieldsOfType(owner)?.[name];
  const args = definition?.args.length ? argumentValues(definition, field, request.variables) : scope;
  const size = definition && isListType(getNullableType(definition.type)) ? listSize(`${owner!.name}.${name}`, args, request.estimates) : 1;
  const type = definition ? getNamedType(definition.type) : undefined;
  const children = measureSelections(request, selectedFields(field.selectionSet, request.fragments, undefined, request.budget), type, args);
  return { key, on, depth: 1 + deepest(children), cost: 1 + size * itemCost(request.schema, type, children), size, children };
}

/**
 * Where most of the cost is: the costliest top-level field, then down through the costliest child
 * (never a scalar: a scalar costs 1, the list above it is what multiplies) as long as that child
 * carries at least half of the whole operation's cost. Its cost is what it adds to the total.
 */
function costliestPart(fields: FieldMeasure[], operationCost: number): CostlyPart | undefined {
  let field = costliestOf(fields);
  if (!field) return undefined;
  const path = [field.key];
  let cost = field.cost;
  let items = field.size;
  for (;;) {
    const child = costliestOf(field.children.filter((c) => c.children.length));
    if (!child || items * child.cost * 2 < operationCost) break;
    path.push(child.key);
    cost = items * child.cost;
    items *= child.size;
    field = child;
  }
  return { path: path.join('.'), cost };
}

/** The depth, cost and costliest part of one operation, with the request's variable values and the current estimates. */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: VariableValues, estimates: ListEstimates): Measure {
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const root = schema.getRootType(operation.operation);
  const request: Request = { schema, fragments, variables: variableValues(operation, variables), estimates, budget: { left: MEASURED_FIELDS, total: MEASURED_FIELDS } };
  let fields: FieldMeasure[];
  try {
    fields = measureSelections(request, selectedFields(operation.selectionSet, fragments, undefined, request.budget), root ?? undefined, {});
  } catch (e) {
    if (e instanceof SelectionTooLarge) return { depth: 0, cost: MEASURED_FIELDS + 1, unmeasurable: true };
    throw e;
  }
  const cost = total(fields);
  return { depth: deepest(fields), cost, costliest: costliestPart(fields, cost) };
}
