/**
 * When a chain of command or an organisation chart changes (src/domain/chain-of-command/changes.ts): thin
 * resolvers, each boundary's summary named through the request's loaders (a protected person under
 * the pseudonym) and scrubbed like every text; withheld persons' postings are left out at the source.
 */
import { chainOfCommandChanges, organizationChartChanges, type FactBoundary } from '../../../domain/chain-of-command';
import type { Resolvers } from '../../../generated/graphql';
import type { Context } from '../context';

async function nameOf(ctx: Context, id: string | undefined): Promise<string> {
  const record = id ? await ctx.loaders.node.load(id) : null;
  return String(record?.name ?? id ?? '?');
}

async function summary(b: FactBoundary, ctx: Context): Promise<string> {
  const text =
    b.kind === 'POSTING'
      ? `${await nameOf(ctx, b.personId)}: ${b.role ?? 'posted'} of ${await nameOf(ctx, b.organizationId)}`
      : `${await nameOf(ctx, b.childId)} under ${await nameOf(ctx, b.parentId)}`;
  return (await ctx.protection.get()).text(text) ?? text;
}

export const chainChangesResolvers: Resolvers = {
  Query: {
    chainOfCommandChanges: async (_p, { eventId, minGrade, depth }, ctx) => {
      const view = await ctx.protection.get();
      return chainOfCommandChanges(ctx.graph, eventId, { minGrade, depth, hidden: view.withheld });
    },
    organizationChartChanges: async (_p, { organizationId, direction, minGrade, depth }, ctx) => {
      const view = await ctx.protection.get();
      return organizationChartChanges(ctx.graph, organizationId, direction ?? 'UP', { minGrade, depth, hidden: view.withheld });
    },
  },
  FactBoundary: { summary: (b, _a, ctx) => summary(b, ctx) },
};
