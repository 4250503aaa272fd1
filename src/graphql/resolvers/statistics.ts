import type { Resolvers } from '../../generated/graphql';
import { displayName } from '../../protection/display';
import { statistics } from '../../statistics/statistics';

export const statisticsResolvers: Resolvers = {
  Query: {
    statistics: (_p, args, ctx) =>
      statistics(ctx.graph, args, async (ids) => {
        const nodes = await ctx.loaders.node.loadMany(ids);
        return new Map(ids.map((id, i) => [id, nodes[i] && !(nodes[i] instanceof Error) ? displayName(nodes[i]!, ctx.viewer) : id]));
      }),
  },
};
