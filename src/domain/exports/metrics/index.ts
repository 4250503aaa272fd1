/** Network metrics (degree, betweenness, Louvain community) for exports and the networkMetrics query. */
export { computeMetrics, seededRandom, BETWEENNESS_MAX_NODES, LOUVAIN_SEED, type GraphMetrics, type MetricsEdge } from './compute';
export { metricsOfDrawing } from './scan';
