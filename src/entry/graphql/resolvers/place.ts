import type { Resolvers } from '../../../generated/graphql';
import { citedFields, list, loadAs } from './shared';

export const placeResolvers: Resolvers = {
  Query: {
    place: (_p, { id }, ctx) => loadAs(ctx, id, ['Place']),
  },
  Place: {
    aliases: (p) => list(p.aliases),
    events: async (p, _a, ctx) => await ctx.loaders.factsByTarget('PLACE').load(p.id),
    ...citedFields,
  },
};
