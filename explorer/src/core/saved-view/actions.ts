/**
 * A saved view made from the explorer's state, and the drawing it becomes again once the service
 * has answered for the viewer who opens it: what the viewer may not see is left out, and counted.
 */
import type { Filters } from '../filters/types';
import type { GraphState, Position, Subgraph } from '../graph/types';
import type { MetricsView } from '../metrics/types';
import type { ChartViewState } from '../org-chart/types';
import type { Panels } from '../panels/types';
import type { PathQuery } from '../paths/types';
import type { Selection } from '../selection/types';
import type { TableState } from '../table/types';
import type { LayoutName } from '../view/types';
import { SAVED_VIEW_FORMAT, type SavedView } from './types';

export interface ExplorerState {
  graph: GraphState;
  positions: Record<string, Position>;
  layout: LayoutName;
  filters: Filters;
  selection: Selection;
  panels: Panels;
  metrics: Pick<MetricsView, 'sizeBy' | 'colourBy'>;
  table: TableState;
  chain: { eventId: string; minGrade: string | null; at: string | null } | null;
  chart: Pick<ChartViewState, 'organizationId' | 'direction' | 'at' | 'minGrade'> | null;
  paths: PathQuery;
}

export function savedViewOf(s: ExplorerState): SavedView {
  return {
    format: SAVED_VIEW_FORMAT,
    version: 1,
    nodes: Object.values(s.graph.nodes).map((n) => {
      const at = s.graph.pinned[n.id] ?? s.positions[n.id] ?? { x: 0, y: 0 };
      return { id: n.id, kind: n.kind, x: Math.round(at.x), y: Math.round(at.y), ...(s.graph.pinned[n.id] ? { pinned: true } : {}) };
    }),
    edges: Object.values(s.graph.edges).map((e) => ({ id: e.id, source: e.source, target: e.target })),
    layout: s.layout,
    filters: s.filters,
    selection: s.selection,
    panels: s.panels,
    metrics: { sizeBy: s.metrics.sizeBy, colourBy: s.metrics.colourBy },
    table: s.table,
    chain: s.chain,
    chart: s.chart ? { organizationId: s.chart.organizationId, direction: s.chart.direction, at: s.chart.at, minGrade: s.chart.minGrade } : null,
    paths: s.paths.fromId || s.paths.toId ? s.paths : null,
  };
}

/** What to ask the service: the entities (in parts), and the allegations through the parties they link. */
export function restoreRequests(view: SavedView, chunk: number): { entityChunks: string[][]; allegations: string[]; parties: string[] } {
  const entities = view.nodes.filter((n) => n.kind !== 'ALLEGATION').map((n) => n.id);
  const allegations = view.nodes.filter((n) => n.kind === 'ALLEGATION').map((n) => n.id);
  const isAllegation = new Set(allegations);
  const parties = [...new Set(view.edges.filter((e) => isAllegation.has(e.source)).map((e) => e.target))];
  const entityChunks: string[][] = [];
  for (let i = 0; i < entities.length; i += chunk) entityChunks.push(entities.slice(i, i + chunk));
  return { entityChunks, allegations, parties };
}

/**
 * The canvas again from the service's answers: the view's records the viewer may see, the links the
 * view had among them, pins where they were, and how many records were left out.
 */
export function restoredGraph(view: SavedView, answers: readonly Subgraph[]): { graph: GraphState; positions: Record<string, Position>; missing: number } {
  const wanted = new Map(view.nodes.map((n) => [n.id, n]));
  const keptEdges = new Set(view.edges.map((e) => e.id));
  const nodes: GraphState['nodes'] = {};
  const edges: GraphState['edges'] = {};
  for (const a of answers) for (const n of a.nodes) if (wanted.has(n.id)) nodes[n.id] = { ...n };
  for (const a of answers) for (const e of a.edges) if (keptEdges.has(e.id) && nodes[e.source] && nodes[e.target]) edges[e.id] = { ...e };
  const positions: Record<string, Position> = {};
  const pinned: Record<string, Position> = {};
  for (const id of Object.keys(nodes)) {
    const n = wanted.get(id)!;
    positions[id] = { x: n.x, y: n.y };
    if (n.pinned) pinned[id] = { x: n.x, y: n.y };
  }
  return { graph: { nodes, edges, pinned, truncated: false }, positions, missing: view.nodes.length - Object.keys(nodes).length };
}
