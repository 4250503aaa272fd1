/**
 * Pieces every concept's resolvers share: loading a record of an expected type, the `Cited`
 * fields, validity of dated facts at a date, and fact lists filtered by date and role.
 */
import { validityAt, type Validity } from '../../../foundations/model/partial-date';
import { AppError } from '../../../foundations/errors';
import type { Context } from '../context';
import type { FactRel, FactsVia } from '../loaders';
import { graphqlTypeOf, type RecordGraphqlType } from '../graphql-type-of';
import { CITED_RECORD_TYPES, RECORD_TYPES, type CitedRecordType, type RecordType, type RefFieldOf, type RefTargets } from '../../../foundations/model/record-types';
import { alternatives, article } from '../../../storage/records/validate';
import { isStoredRecordOf, type StoredRecord, type StoredRecordOf } from '../../../storage/records/stored';

/** The record with `id` if it is of one of `types`, else null (a lookup of the wrong kind finds nothing). */
export async function loadAs<T extends RecordType>(ctx: Context, id: string, types: readonly T[]): Promise<StoredRecordOf<T> | null> {
  const node = await ctx.loaders.node.load(id);
  return node && isStoredRecordOf(node, types) ? node : null;
}

/**
 * Loads a record a fact links to, of one of `types`; a missing one, or one of another type, means a
 * broken graph (the writer links only what the model allows), which is an internal error.
 */
export async function loadLinked<T extends RecordType>(ctx: Context, id: unknown, types: readonly T[], what: string = types[0]!.toLowerCase()): Promise<StoredRecordOf<T>> {
  const node = typeof id === 'string' ? await ctx.loaders.node.load(id) : null;
  if (node && isStoredRecordOf(node, types)) return node;
  // A record hidden from this viewer is reported without its id (facts linking a withheld person load as null, so this means a surface missed one).
  const hidden = typeof id === 'string' && (await ctx.protection.get()).withheld.has(id);
  const shown = hidden ? '(withheld)' : `"${String(id)}"`;
  if (!node) throw new Error(`dangling link: ${what} ${shown} is not in the graph`);
  throw new Error(`broken link: ${what} ${shown} is ${article(node.recordType)} ${node.recordType}, not ${article(types[0]!)} ${alternatives(types)}`);
}

/**
 * Loads what reference field `field` of `record` points at, of the types the model declares for it.
 * A record brought along with `record` is returned as it is, not in a promise: GraphQL completes a
 * plain value without the microtasks a promise costs, for every row of a page.
 */
export function loadRef<R extends RecordType, F extends RefFieldOf<R>>(
  ctx: Context,
  record: StoredRecord & { recordType: R },
  field: F,
): StoredRecordOf<RefTargets<R, F>> | Promise<StoredRecordOf<RefTargets<R, F>>> {
  const ref = RECORD_TYPES[record.recordType].refs.find((r) => r.field === field);
  if (!ref) throw new Error(`${record.recordType} has no reference field "${field}"`);
  // The table's targets for this field, which RefTargets reads from the same table at the type level.
  const targets = ref.targets as readonly RefTargets<R, F>[];
  // Brought along with the record (by the query that read it): a hidden or mistyped one is reported as loadLinked reports it.
  const brought = ctx.along.ref(record, field);
  if (brought && isStoredRecordOf(brought, targets)) return brought;
  return loadLinked(ctx, record[field], targets, field);
}

/**
 * The facts pointing at `target` through `rel`, passed through `keep`: those brought along with it
 * as a plain value, as `loadRef` returns a brought record, else what `load` gives (the loader).
 */
export function factsThrough<Rel extends FactRel, T>(
  ctx: Context,
  target: StoredRecord,
  rel: Rel,
  keep: (facts: FactsVia<Rel>) => T,
  load: () => Promise<FactsVia<Rel>> = () => ctx.loaders.factsByTarget(rel).load(target.id),
): T | Promise<T> {
  const brought = ctx.along.factsOf(target, rel);
  return brought ? keep(brought) : load().then(keep);
}

export const citedFields = {
  citations: (parent: StoredRecord, _args: unknown, ctx: Context) => ctx.loaders.citations.load(parent.id),
  contradictions: (parent: StoredRecord, _args: unknown, ctx: Context) => ctx.loaders.contradictions.load(parent.id),
};

/** Arrays stored only when non-empty come back as [] rather than null. */
export const list = (v: string[] | null | undefined): string[] => v ?? [];

/** A dated fact's period: start and end as partial dates, either unknown. */
interface Dated {
  startDate?: string | null;
  endDate?: string | null;
}

export function validityOf(fact: Dated, at: string): Validity {
  return validityAt(fact.startDate, fact.endDate, at);
}

/** Keeps facts valid (CERTAIN or POSSIBLE) at `at`, when given, and of the given roles, when given. */
export function filterFacts<T extends StoredRecord & Dated>(facts: T[], opts: { at?: string | null; roles?: readonly string[] | null; key?: string }): T[] {
  return facts.filter((f) => (!opts.at || validityOf(f, opts.at) !== 'NO') && (!opts.roles?.length || opts.roles.includes(f[opts.key ?? 'role'] as string)));
}

export { graphqlTypeOf, type RecordGraphqlType };

/** The GraphQL types that implement `Cited`: those of the cited records (all but sources; a trial is an Event). */
export const CITED_TYPES = CITED_RECORD_TYPES.filter((t): t is Exclude<CitedRecordType, 'Trial'> => t !== 'Trial');

/** GraphQL type of a record for an interface implemented by `types` only (Cited, Actor); null for a record of another type, which a valid graph never holds there. */
export function graphqlTypeAmong<T extends RecordGraphqlType>(node: StoredRecord, types: readonly T[]): T | null {
  const type = graphqlTypeOf(node);
  return (types as readonly RecordGraphqlType[]).includes(type) ? (type as T) : null;
}

export function requireId(id: string, field = 'id'): string {
  if (!id.trim()) throw AppError.badInput(field, 'must not be empty');
  return id;
}
