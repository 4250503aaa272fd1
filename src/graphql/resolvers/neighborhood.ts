import type { Resolvers } from '../../generated/graphql';
import type { ProtectionView } from '../../protection/view';
import { countNeighbors, expandSubgraph, type EdgeType, type NodeKind, type Subgraph, type SubgraphNode } from '../../subgraph';
import type { Context } from '../context';
import type { CitationRow } from '../loaders';

/**
 * Labels through the request's scrubber: src/subgraph already shows pseudonyms and scrubs the
 * names of the protected persons met during the traversal; this scrubs every protected name (a
 * title may name one the traversal never reached). A label that changed marks its node redacted.
 */
export function scrubLabels(nodes: Iterable<SubgraphNode>, view: ProtectionView): void {
  if (view.cleared) return;
  for (const n of nodes) {
    if (n.pseudonymised) continue;
    const label = view.text(n.label);
    const shortLabel = view.text(n.shortLabel);
    if (label !== n.label || shortLabel !== n.shortLabel) Object.assign(n, { label, shortLabel, redacted: true });
  }
}

/** The subgraph around records as this request's viewer may see it: `neighborhood` and `networkMetrics`. */
export async function drawnSubgraph(
  ctx: Context,
  args: {
    ids: readonly string[];
    hops?: number | null;
    kinds?: readonly NodeKind[] | null;
    linkTypes?: readonly EdgeType[] | null;
    from?: string | null;
    to?: string | null;
    minGrade?: string | null;
    limit?: number | null;
  },
): Promise<Subgraph> {
  const { ids, hops, kinds, linkTypes, from, to, minGrade, limit } = args;
  const [subgraph, view] = await Promise.all([expandSubgraph(ctx.graph, ids, { hops, kinds, linkTypes, from, to, minGrade, limit, viewer: ctx.viewer }), ctx.protection.get()]);
  scrubLabels(subgraph.nodes, view);
  return subgraph;
}

/**
 * The drawn-graph types shared by `neighborhood` and `paths`. Labels are fit for the viewer
 * (src/subgraph, then scrubLabels). The full records behind nodes and edges come from the
 * request's loaders, which redact for the viewer (src/protection); a node or edge marked
 * `redacted` (a protected person, a text that named one, a fact linking one) still resolves to
 * null for a viewer without clearance, and its quotes are left out: the drawing says "protected
 * here" without handing out even the redacted record.
 */
export const neighborhoodResolvers: Resolvers = {
  Query: {
    neighborhood: (_p, args, ctx) => drawnSubgraph(ctx, args),
    neighborCounts: (_p, { id, from, to, minGrade }, ctx) => countNeighbors(ctx.graph, id, { from, to, minGrade, viewer: ctx.viewer }),
  },
  GraphNode: {
    node: (n, _a, ctx) => (n.redacted && !ctx.viewer.cleared ? null : ctx.loaders.node.load(n.id)),
  },
  GraphEdge: {
    fact: (e, _a, ctx) => (!e.factId || (e.redacted && !ctx.viewer.cleared) ? null : ctx.loaders.node.load(e.factId)),
    citations: async (e, _a, ctx: Context): Promise<CitationRow[]> => {
      if (!e.factId) return [];
      const rows = await ctx.loaders.citations.load(e.factId);
      return e.redacted && !ctx.viewer.cleared ? rows.map((c) => ({ ...c, quote: null, translation: null, translationBy: null })) : rows;
    },
  },
};
