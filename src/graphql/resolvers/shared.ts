/**
 * Pieces every concept's resolvers share: loading a record of an expected type, the `Cited`
 * fields, validity of dated facts at a date, and fact lists filtered by date and role.
 */
import { validityAt, type Validity } from '../../model/partial-date';
import { AppError } from '../../errors';
import type { Context } from '../context';
import type { NodeProps } from '../loaders';

/** The record with `id` if it is of one of `types`, else null (a lookup of the wrong kind finds nothing). */
export async function loadAs(ctx: Context, id: string, types: readonly string[]): Promise<NodeProps | null> {
  const node = await ctx.loaders.node.load(id);
  return node && types.includes(node.recordType) ? node : null;
}

/** Loads a record a fact links to; a missing one means a broken graph, which is an internal error. */
export async function loadLinked(ctx: Context, id: unknown, what: string): Promise<NodeProps> {
  const node = typeof id === 'string' ? await ctx.loaders.node.load(id) : null;
  if (!node) {
    // A record hidden from this viewer is reported without its id (facts linking a withheld person load as null, so this means a surface missed one).
    const hidden = typeof id === 'string' && (await ctx.protection.get()).withheld.has(id);
    throw new Error(`dangling link: ${what} ${hidden ? '(withheld)' : `"${String(id)}"`} is not in the graph`);
  }
  return node;
}

export const citedFields = {
  citations: (parent: NodeProps, _args: unknown, ctx: Context) => ctx.loaders.citations.load(parent.id),
  contradictions: (parent: NodeProps, _args: unknown, ctx: Context) => ctx.loaders.contradictions.load(parent.id),
};

/** Arrays stored only when non-empty come back as [] rather than null. */
export const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

export function validityOf(fact: NodeProps, at: string): Validity {
  return validityAt(fact.startDate as string | undefined, fact.endDate as string | undefined, at);
}

/** Keeps facts valid (CERTAIN or POSSIBLE) at `at`, when given, and of the given roles, when given. */
export function filterFacts(facts: NodeProps[], opts: { at?: string | null; roles?: readonly string[] | null; key?: string }): NodeProps[] {
  return facts.filter((f) => (!opts.at || validityOf(f, opts.at) !== 'NO') && (!opts.roles?.length || opts.roles.includes(f[opts.key ?? 'role'] as string)));
}

/** GraphQL type of a record for Node / Cited / Actor resolution: a Trial is an Event. */
export function graphqlTypeOf(node: NodeProps): string {
  return node.recordType === 'Trial' ? 'Event' : node.recordType;
}

export function requireId(id: string, field = 'id'): string {
  if (!id.trim()) throw AppError.badInput(field, 'must not be empty');
  return id;
}
