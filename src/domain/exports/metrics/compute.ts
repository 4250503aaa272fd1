/**
 * Network metrics of a drawn graph: degree, betweenness centrality and Louvain communities.
 *
 * - degree: the node's drawn edges, in and out, parallel edges counted (two postings of one person
 *   to one organisation are two edges);
 * - betweenness (graphology-metrics, normalised like networkx's) and communities
 *   (graphology-communities-louvain) on the undirected simple projection: who connects whom does
 *   not depend on the direction the model draws a fact in (person → organisation, child → parent),
 *   and parallel edges become one edge weighted by their count for Louvain;
 * - Louvain runs with a fixed-seed RNG over nodes inserted in the input's order, so the same export
 *   gives the same communities; community numbers are then renumbered by first appearance.
 * Exact betweenness is O(V·E): above BETWEENNESS_MAX_NODES nodes it is skipped (null) and a note says so.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { NodeMetrics } from '../drawn/types';
import { Rng } from '../../../foundations/prng';

export const BETWEENNESS_MAX_NODES = 20_000;
export const LOUVAIN_SEED = 0x5eed;

export interface GraphMetrics {
  nodes: Map<string, NodeMetrics>;
  communityCount: number;
  modularity: number;
  notes: string[];
}

/** A seeded random source (the generator's mulberry32), so Louvain's random walk is the same on every run. */
export function seededRandom(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

export interface MetricsEdge {
  source: string;
  target: string;
}

export function computeMetrics(nodeIds: Iterable<string>, edges: Iterable<MetricsEdge>, options: { betweennessMaxNodes?: number } = {}): GraphMetrics {
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  const degree = new Map<string, number>();
  for (const id of nodeIds) {
    if (graph.hasNode(id)) continue;
    graph.addNode(id);
    degree.set(id, 0);
  }
  for (const e of edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    degree.set(e.source, degree.get(e.source)! + 1);
    degree.set(e.target, degree.get(e.target)! + 1);
    if (e.source === e.target) continue; // a self-loop changes neither paths nor communities
    const existing = graph.edge(e.source, e.target);
    if (existing) graph.updateEdgeAttribute(existing, 'weight', (w) => (w ?? 1) + 1);
    else graph.addEdge(e.source, e.target, { weight: 1 });
  }

  const notes: string[] = [];
  const maxNodes = options.betweennessMaxNodes ?? BETWEENNESS_MAX_NODES;
  let betweenness: Record<string, number> | null = null;
  if (graph.order === 0) betweenness = {};
  else if (graph.order <= maxNodes) betweenness = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  else notes.push(`betweenness not computed: ${graph.order} nodes is more than ${maxNodes} (exact betweenness takes O(nodes × edges))`);

  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(LOUVAIN_SEED) });
  // Louvain's numbers depend on its internals; number communities by first appearance in input order instead.
  const renumber = new Map<number, number>();
  const nodes = new Map<string, NodeMetrics>();
  graph.forEachNode((id) => {
    const raw = detailed.communities[id]!;
    if (!renumber.has(raw)) renumber.set(raw, renumber.size);
    nodes.set(id, { degree: degree.get(id)!, betweenness: betweenness ? betweenness[id]! : null, community: renumber.get(raw)! });
  });
  return { nodes, communityCount: renumber.size, modularity: graph.size ? detailed.modularity : 0, notes };
}
