import type { Resolvers } from '../../generated/graphql';
import { shortestPaths } from '../../paths';

export const pathResolvers: Resolvers = {
  Query: {
    paths: (_p, args, ctx) =>
      shortestPaths(ctx.graph, args.fromId, args.toId, {
        maxHops: args.maxHops,
        at: args.at,
        minGrade: args.minGrade,
        limit: args.limit,
        viewer: ctx.viewer,
      }),
  },
  Path: {
    length: (p) => p.hops,
  },
};
