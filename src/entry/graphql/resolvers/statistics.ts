import type { Resolvers } from '../../../generated/graphql';
import { displayName } from '../../../domain/protection/display';
import { statistics } from '../../../domain/statistics/statistics';

export const statisticsResolvers: Resolvers = {
  Query: {
    statistics: async (_p, args, ctx) => {
      const view = await ctx.protection.get();
      // Labels (organisation names, targeted groups) are texts like any other: scrubbed.
      return view.deep(
        await statistics(ctx.graph, args, async (ids) => {
          // Labels from the loaders: already redacted for the viewer (and scrubbed once more below).
          const nodes = await ctx.loaders.node.loadMany(ids);
          return new Map(ids.map((id, i) => [id, nodes[i] && !(nodes[i] instanceof Error) ? view.text(displayName(nodes[i], ctx.viewer)) : id]));
        }),
      );
    },
  },
};
