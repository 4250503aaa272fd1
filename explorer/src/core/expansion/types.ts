import type { EdgeType, NodeKind } from '../graph/types';

/** One row of `neighborCounts`: how many neighbours of a kind one type of link leads to. */
export interface NeighborCount {
  type: EdgeType;
  kind: NodeKind;
  count: number;
}

/** A line of the expand menu: one type of link, with what it would add by kind. */
export interface ExpansionChoice {
  type: EdgeType;
  total: number;
  byKind: { kind: NodeKind; count: number }[];
}
