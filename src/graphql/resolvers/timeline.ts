import type { Resolvers } from '../../generated/graphql';
import { timeline } from '../../timeline/timeline';

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: async (_p, { entityId }, ctx) => timeline(ctx.graph, await ctx.loaders.node.load(entityId), entityId, ctx.viewer),
  },
};
