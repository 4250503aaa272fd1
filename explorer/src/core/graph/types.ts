/** The entities and facts on the canvas, as the `neighborhood` query draws them. */
import type { GraphEdgeType, GraphNodeKind } from '../../api/generated';

// The vocabularies are the API's, generated from the SDL, not restated here.
export type NodeKind = GraphNodeKind;
export type EdgeType = GraphEdgeType;

export interface GraphNodeData {
  id: string;
  kind: NodeKind;
  label: string;
  shortLabel: string | null;
  category: string | null;
  startDate: string | null;
  endDate: string | null;
  pseudonymised: boolean;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  label: string | null;
  factId: string | null;
  startDate: string | null;
  endDate: string | null;
  grade: string | null;
}

export interface Position {
  x: number;
  y: number;
}

/** What is on the canvas: plain data, serialisable as it is. */
export interface GraphState {
  nodes: Record<string, GraphNodeData>;
  edges: Record<string, GraphEdgeData>;
  /** Nodes the user locked in place, with where. */
  pinned: Record<string, Position>;
  /** The last expansion stopped at the node limit: more lies beyond. */
  truncated: boolean;
}

export interface Subgraph {
  nodes: readonly GraphNodeData[];
  edges: readonly GraphEdgeData[];
  truncated: boolean;
}
