/**
 * Pieces every concept's resolvers share: loading a record of an expected type, the `Cited`
 * fields, validity of dated facts at a date, and fact lists filtered by date and role.
 */
import { validityAt, type Validity } from '../../../foundations/model/partial-date';
import { AppError } from '../../../foundations/errors';
import type { Context } from '../context';
import type { RecordType } from '../../../storage/records/schemas';
import type { StoredRecord } from '../loaders';

/** The record with `id` if it is of one of `types`, else null (a lookup of the wrong kind finds nothing). */
export async function loadAs(ctx: Context, id: string, types: readonly string[]): Promise<StoredRecord | null> {
  const node = await ctx.loaders.node.load(id);
  return node && types.includes(node.recordType) ? node : null;
}

/** Loads a record a fact links to; a missing one means a broken graph, which is an internal error. */
export async function loadLinked(ctx: Context, id: unknown, what: string): Promise<StoredRecord> {
  const node = typeof id === 'string' ? await ctx.loaders.node.load(id) : null;
  if (!node) {
    // A record hidden from this viewer is reported without its id (facts linking a withheld person load as null, so this means a surface missed one).
    const hidden = typeof id === 'string' && (await ctx.protection.get()).withheld.has(id);
    throw new Error(`dangling link: ${what} ${hidden ? '(withheld)' : `"${String(id)}"`} is not in the graph`);
  }
  return node;
}

export const citedFields = {
  citations: (parent: StoredRecord, _args: unknown, ctx: Context) => ctx.loaders.citations.load(parent.id),
  contradictions: (parent: StoredRecord, _args: unknown, ctx: Context) => ctx.loaders.contradictions.load(parent.id),
};

/** Arrays stored only when non-empty come back as [] rather than null. */
export const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

export function validityOf(fact: StoredRecord, at: string): Validity {
  return validityAt(fact.startDate as string | undefined, fact.endDate as string | undefined, at);
}

/** Keeps facts valid (CERTAIN or POSSIBLE) at `at`, when given, and of the given roles, when given. */
export function filterFacts(facts: StoredRecord[], opts: { at?: string | null; roles?: readonly string[] | null; key?: string }): StoredRecord[] {
  return facts.filter((f) => (!opts.at || validityOf(f, opts.at) !== 'NO') && (!opts.roles?.length || opts.roles.includes(f[opts.key ?? 'role'] as string)));
}

/** The GraphQL object types records resolve to: a Trial is an Event (with trial details). */
export type RecordGraphqlType = Exclude<RecordType, 'Trial'>;

/** GraphQL type of a record for Node resolution. */
export function graphqlTypeOf(node: StoredRecord): RecordGraphqlType {
  return node.recordType === 'Trial' ? 'Event' : node.recordType;
}

/** The records that implement `Cited`: all but sources. */
export const CITED_TYPES = ['Allegation', 'Event', 'EventLink', 'LegalProvision', 'Organization', 'Participation', 'Person', 'Place', 'Posting', 'Subordination'] as const;

/** GraphQL type of a record for an interface implemented by `types` only (Cited, Actor); null for a record of another type, which a valid graph never holds there. */
export function graphqlTypeAmong<T extends RecordGraphqlType>(node: StoredRecord, types: readonly T[]): T | null {
  const type = graphqlTypeOf(node);
  return (types as readonly RecordGraphqlType[]).includes(type) ? (type as T) : null;
}

export function requireId(id: string, field = 'id'): string {
  if (!id.trim()) throw AppError.badInput(field, 'must not be empty');
  return id;
}
