/** The table beside the canvas: its rows (the entities or the facts drawn), columns and order. */
export type TableTab = 'entities' | 'facts';

export interface TableRow {
  /** The canvas element: a node's or an edge's id. */
  id: string;
  cells: Record<string, string>;
}

export interface Column {
  key: string;
  title: string;
}

export interface TableSort {
  key: string;
  descending: boolean;
}

export interface TableState {
  tab: TableTab;
  sort: TableSort;
}
