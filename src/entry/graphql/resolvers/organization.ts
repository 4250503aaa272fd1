import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../../../generated/graphql';
import type { StoredSubordination } from '../../../storage/records/stored';
import type { Context } from '../context';
import { listOrganizations } from '../lists/organizations';
import { selectsPath } from '../selection';
import { citedFields, factsThrough, filterFacts, list, loadAs } from './shared';

/** An organisation's subordinations as child; a selection climbing further (parents { parent { parents … } }) gets the levels above in one round trip. */
async function loadParents(ctx: Context, id: string, info: GraphQLResolveInfo): Promise<StoredSubordination[]> {
  if (!ctx.loaders.factsPrimed('CHILD', id) && selectsPath(info, ['parent', 'parents'])) await ctx.loaders.ancestry.load(id);
  return ctx.loaders.factsByTarget('CHILD').load(id);
}

export const organizationResolvers: Resolvers = {
  Query: {
    organization: (_p, { id }, ctx) => loadAs(ctx, id, ['Organization']),
    organizations: (_p, args, ctx, info) => listOrganizations(ctx, args, info),
  },
  Organization: {
    aliases: (o) => list(o.aliases),
    // Brought along with the organisation when a person's postings were read ahead.
    parents: (o, { at, classification }, ctx, info) =>
      factsThrough(
        ctx,
        o,
        'CHILD',
        (facts) => filterFacts(facts, { at, roles: classification ? [classification] : null, key: 'classification' }),
        () => loadParents(ctx, o.id, info),
      ),
    children: async (o, { at, classification }, ctx) =>
      filterFacts(await ctx.loaders.factsByTarget('PARENT').load(o.id), { at, roles: classification ? [classification] : null, key: 'classification' }),
    members: async (o, { at, roles }, ctx) => filterFacts(await ctx.loaders.factsByTarget('ORGANIZATION').load(o.id), { at, roles }),
    participations: async (o, { roles }, ctx) => filterFacts(await ctx.loaders.factsByTarget('ACTOR').load(o.id), { roles }),
    ...citedFields,
  },
};
