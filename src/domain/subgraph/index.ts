/** The reusable subgraph core: neighbourhoods, paths and the network exports build on it. */
export * from './types';
export { LINK_RELS, binaryRefs, factEdgeType, factLabel } from './links';
export {
  expandSubgraph,
  loadEndpoints,
  checkExpandOptions,
  checkLinkFilters,
  MAX_HOPS,
  MAX_NODES,
  MAX_SEEDS,
  MAX_SEEDS_AT_HOPS_0,
  DEFAULT_NODES,
  type ExpandOptions,
  type LinkFilters,
} from './expand';
export { directEdge, factEdge, hopStep, linkTypeOf, type HopRow, type HopRules, type HopStep } from './hop-steps';
export { drawingProjection, type DrawingShows } from './drawing-projection';
export { countNeighbors, type NeighborCount } from './neighbor-counts';
export { toNode, Redactor, linkGrade, meetsMinGrade, dateWindow, factInWindow, eventInWindow, isProtectedPerson, type Props, type CitationGrade, type DateWindow } from './build';
