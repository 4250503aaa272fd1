import type { Resolvers } from '../../generated/graphql';
import { expandSubgraph } from '../../subgraph';
import type { Context } from '../context';
import type { CitationRow } from '../loaders';

/**
 * The drawn-graph types shared by `neighborhood` and `paths`. Labels are already fit for the
 * viewer (src/subgraph); the full records behind nodes and edges are handed out only when they
 * cannot show a protected identity.
 * TODO(issue 6): the Person / Event / fact resolvers do not redact yet; once central redaction
 * lands, `node` and `fact` can resolve for everyone and redaction happen there.
 */
export const neighborhoodResolvers: Resolvers = {
  Query: {
    neighborhood: (_p, args, ctx) =>
      expandSubgraph(ctx.graph, args.ids, {
        hops: args.hops,
        kinds: args.kinds,
        from: args.from,
        to: args.to,
        minGrade: args.minGrade,
        limit: args.limit,
        viewer: ctx.viewer,
      }),
  },
  GraphNode: {
    // TODO(issue 6): null for a protected person (and for records whose text names one) unless cleared.
    node: (n, _a, ctx) => (n.redacted && !ctx.viewer.cleared ? null : ctx.loaders.node.load(n.id)),
  },
  GraphEdge: {
    // TODO(issue 6): null for a fact linking a protected person unless cleared.
    fact: (e, _a, ctx) => (!e.factId || (e.redacted && !ctx.viewer.cleared) ? null : ctx.loaders.node.load(e.factId)),
    citations: async (e, _a, ctx: Context): Promise<CitationRow[]> => {
      if (!e.factId) return [];
      const rows = await ctx.loaders.citations.load(e.factId);
      // TODO(issue 6): a quote about a fact of a protected person may name them; left out until central redaction.
      return e.redacted && !ctx.viewer.cleared ? rows.map((c) => ({ ...c, quote: null })) : rows;
    },
  },
};
