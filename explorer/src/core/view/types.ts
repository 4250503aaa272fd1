import type { Filters } from '../filters/types';
import type { GraphState } from '../graph/types';
import type { Selection } from '../selection/types';

export type LayoutName = 'fcose' | 'dagre' | 'concentric';

/** The whole view as plain data: saved in sessionStorage so a reload shows the same canvas. */
export interface ViewState {
  version: 1;
  graph: GraphState;
  filters: Filters;
  layout: LayoutName;
  selection: Selection;
}
