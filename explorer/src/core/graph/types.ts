/** The entities and facts on the canvas, as the `neighborhood` query draws them. */
export type NodeKind = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'EVENT' | 'TRIAL' | 'LEGAL_PROVISION' | 'ALLEGATION';
export type EdgeType = 'POSTING' | 'SUBORDINATION' | 'PARTICIPATION' | 'EVENT_LINK' | 'ALLEGATION' | 'ACCUSED' | 'PROVISION' | 'EVENTS' | 'PLACE' | 'COURT';

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
