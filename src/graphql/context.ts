/**
 * Per-request context: who is asking, a round-trip-counted view of the graph and this request's
 * DataLoaders. Loaders live for one request only, so nothing cached crosses users or requests.
 */
import type { Graph, RoundTripCounter } from '../db/graph';
import type { Logger } from '../logger';
import { createLoaders, type Loaders } from './loaders';

import type { Viewer } from '../auth/permissions';
export type { Viewer } from '../auth/permissions';

/** Until authentication lands (issue 6), requests are anonymous and not cleared: safe by default. */
export const ANONYMOUS: Viewer = { id: 'anonymous', roles: [], cleared: false };

export interface Context {
  viewer: Viewer;
  graph: Graph;
  loaders: Loaders;
  logger: Logger;
  roundTrips: RoundTripCounter;
}

export function createContext(graph: Graph, logger: Logger, viewer: Viewer = ANONYMOUS): Context {
  const roundTrips = { count: 0 };
  const counted = graph.withCounter(roundTrips);
  return { viewer, graph: counted, loaders: createLoaders(counted), logger, roundTrips };
}
