/** Records v1 → drawn nodes and edges for the graph formats and the network metrics. */
export type * from './types';
export { Drawing } from './drawing';
export { drawNode, drawEdges, isDrawnNode, type Reliabilities } from './from-record';
export { memoryExportInput } from './memory-input';
