import type { Resolvers } from '../../../generated/graphql';
import { computeMetrics } from '../../../domain/exports/metrics';
import { MAX_NODES } from '../../../domain/subgraph';
import { drawnSubgraph } from './neighborhood';

/**
 * networkMetrics: the subgraph `neighborhood` would draw (src/domain/subgraph, protection-aware), with
 * labels through the request's scrubber, then the same metrics the graph exports write
 * (src/domain/exports/metrics). The node limit (at most MAX_NODES) keeps exact betweenness affordable.
 */
export const metricsResolvers: Resolvers = {
  Query: {
    networkMetrics: async (_p, args, ctx) => {
      const subgraph = await drawnSubgraph(ctx, args);
      const metrics = computeMetrics(
        subgraph.nodes.map((n) => n.id),
        subgraph.edges,
        { betweennessMaxNodes: MAX_NODES },
      );
      return {
        nodes: subgraph.nodes.map((n) => {
          const m = metrics.nodes.get(n.id)!;
          return { id: n.id, label: n.label, kind: n.kind, degree: m.degree, betweenness: m.betweenness ?? 0, community: m.community };
        }),
        edgeCount: subgraph.edges.length,
        communityCount: metrics.communityCount,
        modularity: metrics.modularity,
        truncated: subgraph.truncated,
      };
    },
  },
};
