/**
 * Per-request context: a round-trip-counted view of the graph and this request's DataLoaders.
 * Loaders live for one request only, so nothing cached crosses users or requests.
 */
import type { Graph, RoundTripCounter } from '../db/graph';
import type { Logger } from '../logger';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  graph: Graph;
  loaders: Loaders;
  logger: Logger;
  roundTrips: RoundTripCounter;
}

export function createContext(graph: Graph, logger: Logger): Context {
  const roundTrips = { count: 0 };
  const counted = graph.withCounter(roundTrips);
  return { graph: counted, loaders: createLoaders(counted), logger, roundTrips };
}
