import type { GraphState } from '../graph/types';
import type { Selection } from './types';

/** The selection, or null once what it pointed at left the canvas. */
export function selectionStillDrawn(selection: Selection, graph: GraphState): Selection {
  if (!selection) return null;
  return (selection.kind === 'node' ? graph.nodes[selection.id] : graph.edges[selection.id]) ? selection : null;
}
