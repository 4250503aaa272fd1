/** Changes to what is on the canvas, as pure functions of the graph state. */
import type { GraphState, Position, Subgraph } from './types';

/** Adds a subgraph's nodes and edges; those already drawn are refreshed, nothing is removed. */
export function mergeSubgraph(state: GraphState, subgraph: Subgraph): GraphState {
  const nodes = { ...state.nodes };
  const edges = { ...state.edges };
  for (const n of subgraph.nodes) nodes[n.id] = { ...n };
  // An edge is drawn only between drawn nodes (a seed's edges to nodes filtered out are not).
  for (const e of subgraph.edges) if (nodes[e.source] && nodes[e.target]) edges[e.id] = { ...e };
  return { ...state, nodes, edges, truncated: subgraph.truncated };
}

/** Removes nodes with every edge touching them. */
export function removeNodes(state: GraphState, ids: readonly string[]): GraphState {
  const gone = new Set(ids);
  const keep = <T>(record: Record<string, T>, ok: (value: T, key: string) => boolean) => Object.fromEntries(Object.entries(record).filter(([k, v]) => ok(v, k)));
  return {
    ...state,
    nodes: keep(state.nodes, (_n, id) => !gone.has(id)),
    edges: keep(state.edges, (e) => !gone.has(e.source) && !gone.has(e.target)),
    pinned: keep(state.pinned, (_p, id) => !gone.has(id)),
  };
}

export function removeEdges(state: GraphState, ids: readonly string[]): GraphState {
  const gone = new Set(ids);
  return { ...state, edges: Object.fromEntries(Object.entries(state.edges).filter(([id]) => !gone.has(id))) };
}

export function pinNodes(state: GraphState, positions: Record<string, Position>): GraphState {
  const pinned = { ...state.pinned };
  for (const [id, p] of Object.entries(positions)) if (state.nodes[id]) pinned[id] = { x: p.x, y: p.y };
  return { ...state, pinned };
}

export function unpinNodes(state: GraphState, ids: readonly string[]): GraphState {
  const pinned = { ...state.pinned };
  for (const id of ids) delete pinned[id];
  return { ...state, pinned };
}

export function nodeIds(state: GraphState): string[] {
  return Object.keys(state.nodes);
}

/** Nodes not yet on the canvas among a subgraph's: what an expansion would add. */
export function newNodeCount(state: GraphState, subgraph: Subgraph): number {
  return subgraph.nodes.filter((n) => !state.nodes[n.id]).length;
}
