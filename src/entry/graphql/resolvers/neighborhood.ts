import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../../../generated/graphql';
import type { ProtectionView } from '../../../domain/protection/view';
import { countNeighbors, expandSubgraph, type EdgeType, type NodeKind, type Props, type Subgraph, type SubgraphNode } from '../../../domain/subgraph';
import type { Context } from '../context';
import type { StoredCitation } from '../loaders';
import { selectsPath } from '../selection';
import { drawingShows } from '../projection/drawing-shows';

/**
 * Labels through the request's scrubber: src/domain/subgraph already shows pseudonyms and scrubs the
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

/**
 * The subgraph around records as this request's viewer may see it: `neighborhood` and
 * `networkMetrics`. When the selection asks for the records behind nodes or edges (`node`,
 * `fact`), the records the expansion read are primed into the node loader, through its
 * redaction, so they cost no further round trip; otherwise only the properties the drawing shows
 * are read of them. The links' citations are read only when some edge's `grade` is asked (or a
 * minimum grade filters): nothing else shows them.
 */
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
  info?: GraphQLResolveInfo,
): Promise<Subgraph> {
  const { ids, hops, kinds, linkTypes, from, to, minGrade, limit } = args;
  const records: Props[] = [];
  const primes = ctx.loaders.caching && info !== undefined && (selectsPath(info, ['nodes', 'node']) || selectsPath(info, ['edges', 'fact']));
  const onRecords = primes ? (read: readonly Props[]) => void records.push(...read) : undefined;
  const grades = info === undefined || selectsPath(info, ['edges', 'grade']);
  // Only what the drawing shows is read of the records (all of them when they are primed).
  const shows = info && drawingShows(info);
  const expanding = expandSubgraph(ctx.graph, ids, { hops, kinds, linkTypes, from, to, minGrade, limit, viewer: ctx.viewer, onRecords, grades, shows });
  const [subgraph, view] = await Promise.all([expanding, ctx.protection.get()]);
  scrubLabels(subgraph.nodes, view);
  if (records.length) await ctx.loaders.primeNodes(records);
  return subgraph;
}

/**
 * The drawn-graph types shared by `neighborhood` and `paths`. Labels are fit for the viewer
 * (src/domain/subgraph, then scrubLabels). The full records behind nodes and edges come from the
 * request's loaders, which redact for the viewer (src/domain/protection); a node or edge marked
 * `redacted` (a protected person, a text that named one, a fact linking one) still resolves to
 * null for a viewer without clearance, and its quotes are left out: the drawing says "protected
 * here" without handing out even the redacted record.
 */
export const neighborhoodResolvers: Resolvers = {
  Query: {
    neighborhood: (_p, args, ctx, info) => drawnSubgraph(ctx, args, info),
    neighborCounts: (_p, { id, from, to, minGrade }, ctx) => countNeighbors(ctx.graph, id, { from, to, minGrade, viewer: ctx.viewer }),
  },
  GraphNode: {
    node: (n, _a, ctx) => (n.redacted && !ctx.viewer.cleared ? null : ctx.loaders.node.load(n.id)),
  },
  GraphEdge: {
    fact: (e, _a, ctx) => (!e.factId || (e.redacted && !ctx.viewer.cleared) ? null : ctx.loaders.node.load(e.factId)),
    citations: async (e, _a, ctx: Context): Promise<StoredCitation[]> => {
      if (!e.factId) return [];
      const rows = await ctx.loaders.citations.load(e.factId);
      return e.redacted && !ctx.viewer.cleared ? rows.map((c) => ({ ...c, quote: null, translation: null, translationBy: null })) : rows;
    },
  },
};
