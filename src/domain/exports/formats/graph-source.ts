/**
 * What the graph formats share: the drawing of an input and, unless options.metrics is false,
 * its metrics (one extra pass; see src/domain/exports/metrics), then nodes with their metrics and edges.
 */
import { Drawing } from '../drawn/drawing';
import type { DrawnEdge } from '../drawn/types';
import { metricsOfDrawing, type GraphMetrics } from '../metrics';
import type { ExportInput, FormatOptions } from '../types';
import type { MetricNode } from './attributes';

export interface GraphSource {
  withMetrics: boolean;
  metrics: GraphMetrics | null;
  nodes(): AsyncGenerator<MetricNode>;
  edges(): AsyncGenerator<DrawnEdge>;
  notes(): string[];
}

export async function openGraphSource(input: ExportInput, options: FormatOptions = {}): Promise<GraphSource> {
  const drawing = new Drawing(input);
  const withMetrics = options.metrics !== false;
  const metrics = withMetrics ? await metricsOfDrawing(drawing) : null;
  return {
    withMetrics,
    metrics,
    async *nodes() {
      for await (const node of drawing.nodes()) yield metrics ? { ...node, metrics: metrics.nodes.get(node.id) } : node;
    },
    edges: () => drawing.edges(),
    notes: () => [...drawing.notes(), ...(metrics?.notes ?? [])],
  };
}

/** Reports progress every 1000 elements and at the end. */
export function progress(options: FormatOptions): { tick(): void; done(): number } {
  let written = 0;
  return {
    tick() {
      written += 1;
      if (written % 1000 === 0) options.onProgress?.(written);
    },
    done() {
      options.onProgress?.(written);
      return written;
    },
  };
}
