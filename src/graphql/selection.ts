/**
 * Looking ahead in a resolver: whether the client's selection reaches a field along a path of
 * field names (through fragments, inline or named), so a list query can bring what the next level
 * would otherwise fetch in another round trip. @skip/@include are not evaluated: a field under one
 * counts as selected, which only means something is fetched that may go unused.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

function fieldsNamed(sets: readonly SelectionSetNode[], name: string, info: GraphQLResolveInfo): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === name) found.push(s);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet);
      } else {
        const fragment = info.fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return found;
}

/** Whether the resolver's field has `path` selected below it, e.g. ['edges', 'node', 'participants']. */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const name of path) {
    const fields = fieldsNamed(sets, name, info);
    if (!fields.length) return false;
    sets = fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return true;
}

/** The names of every field selected below the resolver's field, at any depth, through fragments. */
export function fieldNamesBelow(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const fragmentsSeen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        names.add(s.name.value);
        visit(s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet);
      } else if (!fragmentsSeen.has(s.name.value)) {
        // Each named fragment is read once, however often it is spread.
        fragmentsSeen.add(s.name.value);
        visit(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  info.fieldNodes.forEach((f) => visit(f.selectionSet));
  return names;
}

/** Whether a field with one of `names` is selected anywhere below the resolver's field, at any depth. */
export function selectsAnywhere(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const below = fieldNamesBelow(info);
  return [...names].some((n) => below.has(n));
}

const ID_FIELDS: ReadonlySet<string> = new Set(['id', '__typename']);

/** Whether a selection set asks for nothing but `id` (and `__typename`), through fragments. */
function onlyIdsIn(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): boolean {
  if (!set) return true;
  return set.selections.every((s) => {
    if (s.kind === Kind.FIELD) return ID_FIELDS.has(s.name.value);
    return onlyIdsIn(s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : info.fragments[s.name.value]?.selectionSet, info);
  });
}

/** Whether the resolver's field asks for nothing of its record but the `id`. */
export function selectsOnlyId(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((f) => onlyIdsIn(f.selectionSet, info));
}

/**
 * Whether some field of one of `names` below the resolver's field asks for more than an `id`
 * (false when none is selected at all).
 */
export function selectsMoreThanIds(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const fragmentsSeen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return (names.has(s.name.value) && !onlyIdsIn(s.selectionSet, info)) || visit(s.selectionSet);
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      if (fragmentsSeen.has(s.name.value)) return false;
      fragmentsSeen.add(s.name.value);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((f) => visit(f.selectionSet));
}
