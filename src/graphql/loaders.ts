/** The per-request DataLoaders, one per kind of lookup; each batches its keys into one query. */
import type { Graph } from '../db/graph';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

export function createLoaders(_graph: Graph): Loaders {
  return {};
}
