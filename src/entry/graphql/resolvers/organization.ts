import type { Resolvers } from '../../../generated/graphql';
import { listOrganizations } from '../lists/organizations';
import { selectsPath } from '../selection';
import { citedFields, filterFacts, list, loadAs } from './shared';

export const organizationResolvers: Resolvers = {
  Query: {
    organization: (_p, { id }, ctx) => loadAs(ctx, id, ['Organization']),
    organizations: (_p, args, ctx, info) => listOrganizations(ctx, args, info),
  },
  Organization: {
    aliases: (o) => list(o.aliases),
    parents: async (o, { at, classification }, ctx, info) => {
      // A selection climbing further (parents { parent { parents … } }) gets the levels above in one round trip.
      if (!ctx.loaders.factsPrimed('CHILD', o.id) && selectsPath(info, ['parent', 'parents'])) await ctx.loaders.ancestry.load(o.id);
      return filterFacts(await ctx.loaders.factsByTarget('CHILD').load(o.id), { at, roles: classification ? [classification] : null, key: 'classification' });
    },
    children: async (o, { at, classification }, ctx) =>
      filterFacts(await ctx.loaders.factsByTarget('PARENT').load(o.id), { at, roles: classification ? [classification] : null, key: 'classification' }),
    members: async (o, { at, roles }, ctx) => filterFacts(await ctx.loaders.factsByTarget('ORGANIZATION').load(o.id), { at, roles }),
    participations: async (o, { roles }, ctx) => filterFacts(await ctx.loaders.factsByTarget('ACTOR').load(o.id), { roles }),
    ...citedFields,
  },
};
