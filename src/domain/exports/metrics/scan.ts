/**
 * Metrics for an export: one pass over the drawing keeping only node ids and edge endpoints
 * (the graph structure is what the metrics need; attributes are not held), then computeMetrics.
 */
import type { Drawing } from '../drawn/drawing';
import { computeMetrics, type GraphMetrics } from './compute';

export async function metricsOfDrawing(drawing: Drawing): Promise<GraphMetrics> {
  const { ids, edges } = await drawing.structure();
  return computeMetrics(ids, edges);
}
