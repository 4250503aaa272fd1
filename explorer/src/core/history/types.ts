import type { GraphState, Position } from '../graph/types';

/** A canvas as it was before an action: what was drawn and where each node stood. */
export interface CanvasSnapshot {
  /** What the action was, for the undo and redo buttons' titles. */
  label: string;
  graph: GraphState;
  positions: Record<string, Position>;
}

export interface History {
  past: CanvasSnapshot[];
  future: CanvasSnapshot[];
}
