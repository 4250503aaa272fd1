import type { Resolvers } from '../../../generated/graphql';
import { shortestPaths } from '../../../domain/paths';
import { scrubLabels } from './neighborhood';

export const pathResolvers: Resolvers = {
  Query: {
    paths: async (_p, args, ctx) => {
      const [paths, view] = await Promise.all([
        shortestPaths(ctx.graph, args.fromId, args.toId, {
          maxHops: args.maxHops,
          at: args.at,
          minGrade: args.minGrade,
          limit: args.limit,
          viewer: ctx.viewer,
        }),
        ctx.protection.get(),
      ]);
      scrubLabels(new Set(paths.flatMap((p) => [...p.nodes, ...p.steps.flatMap((s) => [s.from, s.to])])), view);
      return paths;
    },
  },
  Path: {
    length: (p) => p.hops,
  },
};
