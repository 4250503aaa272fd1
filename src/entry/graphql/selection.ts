/**
 * Looking ahead in a resolver: what the client's selection asks below the field being resolved
 * (through fragments, inline or named), so a query can bring what the next level would otherwise
 * fetch in another round trip, or leave out what nobody shows. @skip/@include are not evaluated:
 * a field under one counts as selected, which only means something is fetched that may go unused.
 * Fragments cannot spread into a cycle (GraphQL validation refuses it before any resolver runs).
 */
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** A field a selection set selects, with the type condition of the innermost fragment it sits in. */
export interface SelectedField {
  field: FieldNode;
  /** The fragment's type condition (`... on Person`); undefined: the selection set's own type. */
  on?: string;
}

/**
 * A document whose fragments spread one another over and over (`...F1 ...F1` in F0, `...F2 ...F2`
 * in F1…) is a few lines long and selects 2^n fields once opened: a walk given a budget stops
 * with this error when it has opened that many fields.
 */
export class SelectionTooLarge extends Error {
  constructor(readonly budget: number) {
    super(`the selection opens into more than ${budget} fields`);
  }
}

/** How many more fields a walk may open (see SelectionTooLarge). */
export interface FieldBudget {
  left: number;
  readonly total: number;
}

/**
 * The fields a selection set selects directly, fragments (inline or named) opened, each with the
 * type it is selected on. Shared by the resolvers' lookahead and the query cost measure
 * (src/entry/graphql/limits), which needs the type to find the field's definition and bounds the walk
 * with a budget. An unknown fragment name selects nothing (validation reports it before anything runs).
 */
export function selectedFields(set: SelectionSetNode | undefined, fragments: Readonly<Record<string, FragmentDefinitionNode | undefined>>, on?: string, budget?: FieldBudget): SelectedField[] {
  return (set?.selections ?? []).flatMap((s): SelectedField[] => {
    if (s.kind === Kind.FIELD) {
      if (budget && --budget.left < 0) throw new SelectionTooLarge(budget.total);
      return [{ field: s, on }];
    }
    if (s.kind === Kind.INLINE_FRAGMENT) return selectedFields(s.selectionSet, fragments, s.typeCondition?.name.value ?? on, budget);
    const fragment = fragments[s.name.value];
    return fragment ? selectedFields(fragment.selectionSet, fragments, fragment.typeCondition.name.value, budget) : [];
  });
}

/** The fields a selection set selects directly, fragments (inline or named) opened. */
function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  return selectedFields(set, info.fragments).map((s) => s.field);
}

/** The fields selected directly below the resolver's field. */
const topFields = (info: GraphQLResolveInfo) => info.fieldNodes.flatMap((f) => fieldsOf(f.selectionSet, info));

/** Whether the resolver's field has `path` selected below it, e.g. ['edges', 'node', 'participants']. */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let fields = topFields(info);
  for (const [i, name] of path.entries()) {
    const named = fields.filter((f) => f.name.value === name);
    if (!named.length) return false;
    if (i < path.length - 1) fields = named.flatMap((f) => fieldsOf(f.selectionSet, info));
  }
  return true;
}

/** Every field selected below the resolver's field, at any depth. */
function fieldsBelow(info: GraphQLResolveInfo): FieldNode[] {
  const all: FieldNode[] = [];
  const visit = (fields: FieldNode[]) => {
    for (const f of fields) {
      all.push(f);
      visit(fieldsOf(f.selectionSet, info));
    }
  };
  visit(topFields(info));
  return all;
}

/** The names of every field selected below the resolver's field, at any depth. */
export function fieldNamesBelow(info: GraphQLResolveInfo): Set<string> {
  return new Set(fieldsBelow(info).map((f) => f.name.value));
}

const ID_FIELDS: ReadonlySet<string> = new Set(['id', '__typename']);
const onlyIds = (field: FieldNode, info: GraphQLResolveInfo) => fieldsOf(field.selectionSet, info).every((f) => ID_FIELDS.has(f.name.value));

/** Whether the resolver's field asks for nothing of its record but the `id` (and `__typename`). */
export function selectsOnlyId(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((f) => onlyIds(f, info));
}

/**
 * Whether some field of one of `names` below the resolver's field asks for more than an `id`
 * (false when none is selected at all).
 */
export function selectsMoreThanIds(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  return fieldsBelow(info).some((f) => names.has(f.name.value) && !onlyIds(f, info));
}
